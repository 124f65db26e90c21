namespace DataFlow.Safety;

/// <summary>What <see cref="ColumnRemovalManager"/> should remove, and how.</summary>
public sealed record ColumnRemovalRequest
{
    /// <summary>The table (<c>schema.table</c> on PostgreSQL outside the search path).</summary>
    public required string Table { get; init; }

    /// <summary>The column to remove.</summary>
    public required string Column { get; init; }

    /// <summary>Backups taken before anything is dropped.</summary>
    public ColumnBackupKind Backup { get; init; } = ColumnBackupKind.Column;

    /// <summary>Handling by dependent name (as <see cref="ColumnDependent.Name"/>); a dependent not listed gets <see cref="DefaultHandling"/>.</summary>
    public IReadOnlyDictionary<string, DependentHandling> Handling { get; init; } = new Dictionary<string, DependentHandling>(StringComparer.Ordinal);

    /// <summary>The handling of dependents not in <see cref="Handling"/>.</summary>
    public DependentHandling DefaultHandling { get; init; } = DependentHandling.Refuse;

    /// <summary>For <see cref="DependentHandling.Recreate"/>: the statement that creates the replacement (e.g. the index without the column), by dependent name.</summary>
    public IReadOnlyDictionary<string, string> Replacements { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>The backups of a removal.</summary>
[Flags]
public enum ColumnBackupKind
{
    /// <summary>No backup: a restore is impossible.</summary>
    None = 0,

    /// <summary>The key and the column's values, in <c>dataflow_backup_&lt;table&gt;_&lt;column&gt;_&lt;stamp&gt;</c>.</summary>
    Column = 1,

    /// <summary>A copy of the whole table, in <c>dataflow_snapshot_&lt;table&gt;_&lt;stamp&gt;</c>.</summary>
    Table = 2,
}
