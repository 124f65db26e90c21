using DataFlow.Schema;

namespace DataFlow.Data.Bulk;

/// <summary>A run of records for an <see cref="IBulkInserter"/>: where it starts, its columns and the call's options.</summary>
internal sealed record BulkRun
{
    /// <summary>The session (and transaction) to write in.</summary>
    public required DataSession Session { get; init; }

    /// <summary>The model written to.</summary>
    public required ModelMap Model { get; init; }

    /// <summary>The columns of the record at <see cref="Start"/> (checked: known and writable).</summary>
    public required Column[] Columns { get; init; }

    /// <summary>Every record of the call.</summary>
    public required IReadOnlyList<IReadOnlyDictionary<string, object?>> Records { get; init; }

    /// <summary>The index of the run's first record.</summary>
    public required int Start { get; init; }

    /// <summary>Records per batch: cancellation is checked, and batches counted, every this many records.</summary>
    public required int BatchSize { get; init; }

    /// <summary>What to do with a record whose key already exists.</summary>
    public ConflictResolution Resolution { get; init; }

    /// <summary>The conflict columns given (<c>conflict_on</c>), or null.</summary>
    public Column[]? Target { get; init; }

    /// <summary>The parameter for field <paramref name="column"/> of record <paramref name="index"/>, checked and adapted for the engine.</summary>
    public SqlArgument Argument(Column column, object? value, int index) =>
        Model.Dialect.Adapt(column, ValueCoercer.CoerceField(column, value, "data", index));
}
