namespace DataFlow.Migrations.Ddl;

/// <summary>What a SQLite table rebuild must carry over besides the table itself.</summary>
public sealed record SqliteRebuildOptions
{
    /// <summary>No renamed columns, views or triggers.</summary>
    public static SqliteRebuildOptions Default { get; } = new();

    /// <summary>
    /// Where each column of the new table gets its values when the old table has it under another name
    /// (new name → old name). Columns with the same name in both are copied without being listed; new columns
    /// that are in neither get their default.
    /// </summary>
    public IReadOnlyDictionary<string, string> RenamedColumns { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Views to drop before and create again after the rebuild: every view that reads the table (SQLite checks
    /// every view when a table is renamed, and a view of the dropped table would fail that check).
    /// </summary>
    public IReadOnlyList<SqliteDependentView> Views { get; init; } = [];

    /// <summary>The <c>CREATE TRIGGER</c> statements of the table, run again after the rebuild (triggers are not in the schema model).</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];
}
