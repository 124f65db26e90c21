namespace DataFlow.Bench.DataOperations;

/// <summary>
/// One engine of the data benchmark: its database, the <c>bench_rows</c> table, and the raw ADO.NET baselines
/// (what a hand-written program does with the driver alone) for bulk insert, streaming and read by key.
/// </summary>
internal interface IDataBenchTarget : IAsyncDisposable
{
    /// <summary>The engine's name in the report.</summary>
    string Name { get; }

    /// <summary>The baseline's description in the report.</summary>
    string BulkBaseline { get; }

    /// <summary>The DataFlow URL of the database.</summary>
    string Url { get; }

    /// <summary>Creates the database and an empty table.</summary>
    Task CreateAsync();

    /// <summary>Empties the table.</summary>
    Task TruncateAsync();

    /// <summary>The row count of the table.</summary>
    Task<long> CountAsync();

    /// <summary>The record DataFlow is given for <paramref name="row"/> (the column types differ per engine).</summary>
    IReadOnlyDictionary<string, object?> ToRecord(BenchRow row);

    /// <summary>The baseline bulk insert of every row.</summary>
    Task RawInsertAsync(IReadOnlyList<BenchRow> rows);

    /// <summary>The baseline stream: every row in key order through a data reader loop; returns the rows read and the sum of ids.</summary>
    Task<(long Rows, long IdSum)> RawStreamAsync(Action<long> onRow);

    /// <summary>The baseline read of one row by key: pooled connection, parameterized SELECT, read every column.</summary>
    Task<long> RawReadAsync(long id);
}
