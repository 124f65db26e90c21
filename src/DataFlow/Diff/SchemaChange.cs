namespace DataFlow.Diff;

/// <summary>One difference between two schemas.</summary>
public sealed record SchemaChange
{
    /// <summary>The kind of object that changed.</summary>
    public required SchemaObjectKind Kind { get; init; }

    /// <summary>What happened to it.</summary>
    public required ChangeAction Action { get; init; }

    /// <summary>
    /// The object's qualified path in the "to" schema (the "from" schema for removals), e.g. <c>public.users.email</c>;
    /// constraints without a name are identified by their content, e.g. <c>users.CHECK (price &gt; 0)</c>.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>For <see cref="ChangeAction.Changed"/>: the property that differs (<c>type</c>, <c>nullable</c>, <c>default</c>, …).</summary>
    public string? Property { get; init; }

    /// <summary>The value in the "from" schema, as text; null when the object or value did not exist.</summary>
    public string? Before { get; init; }

    /// <summary>The value in the "to" schema, as text; null when the object or value does not exist.</summary>
    public string? After { get; init; }

    /// <summary>
    /// Whether applying the change can lose data or fail on existing rows: a dropped table, column, type or
    /// sequence, a narrowed type, NOT NULL added, an enum value removed, an unconfirmed probable rename.
    /// </summary>
    public bool IsDestructive { get; init; }

    /// <summary>Advice for the user, e.g. how to confirm a probable rename.</summary>
    public string? Hint { get; init; }
}
