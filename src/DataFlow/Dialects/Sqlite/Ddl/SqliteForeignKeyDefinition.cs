namespace DataFlow.Dialects.Sqlite;

/// <summary>A foreign key as declared; used for what <c>pragma_foreign_key_list</c> leaves out.</summary>
internal sealed record SqliteForeignKeyDefinition
{
    /// <summary>The name given with <c>CONSTRAINT name</c>, or null.</summary>
    public string? Name { get; init; }

    /// <summary>The referencing columns, unquoted.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The referenced table, unquoted, as written.</summary>
    public required string PrincipalTable { get; init; }

    /// <summary>True for <c>DEFERRABLE</c> (not <c>NOT DEFERRABLE</c>).</summary>
    public bool IsDeferrable { get; set; }

    /// <summary>True for <c>DEFERRABLE INITIALLY DEFERRED</c>.</summary>
    public bool IsInitiallyDeferred { get; set; }

    /// <summary>The <c>MATCH</c> name in upper case, or null when absent or <c>SIMPLE</c>.</summary>
    public string? MatchType { get; set; }
}
