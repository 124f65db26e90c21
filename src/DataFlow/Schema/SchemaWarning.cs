namespace DataFlow.Schema;

/// <summary>
/// Something the database has that the model does not represent (a trigger, a function, an exclusion
/// constraint, ...), or a note about the discovery itself (a filter that matched nothing).
/// Discovery lists these instead of silently skipping them.
/// </summary>
public sealed record SchemaWarning
{
    /// <summary>A stable code, e.g. <c>DF-DISC-101</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The kind of object (<c>trigger</c>, <c>function</c>, <c>policy</c>, ...), or <c>discovery</c>.</summary>
    public required string ObjectKind { get; init; }

    /// <summary>The qualified object name, or null for a note about discovery as a whole.</summary>
    public string? ObjectName { get; init; }

    /// <summary>A readable explanation.</summary>
    public required string Message { get; init; }
}
