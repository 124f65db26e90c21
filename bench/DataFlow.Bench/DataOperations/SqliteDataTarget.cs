using DataFlow.Dialects.Sqlite;
using Microsoft.Data.Sqlite;

namespace DataFlow.Bench.DataOperations;

/// <summary>
/// SQLite: a file in the work folder, on the same engine DataFlow loads; baselines written with Microsoft.Data.Sqlite
/// alone (one prepared INSERT reused in one transaction, data reader, pooled read). UUIDs are stored as text, as
/// DataFlow stores them, so both write the same bytes.
/// </summary>
internal sealed class SqliteDataTarget(string workDirectory) : IDataBenchTarget
{
    private const string Select = "SELECT id, qty, amount, name, active, created_at, day, ref FROM bench_rows";
    private readonly string _path = Path.Combine(workDirectory, "bench_data.db");

    public string Name => "SQLite";

    public string BulkBaseline => "raw prepared INSERT reused in one transaction";

    public string Url => "sqlite:///" + _path;

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = true }.ToString();

    public Task CreateAsync()
    {
        SqliteEngine.EnsureInitialized();
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ExecuteAsync("""
            CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, amount NUMERIC(12,2) NOT NULL, name TEXT NOT NULL,
                active BOOLEAN NOT NULL, created_at DATETIME NOT NULL, day DATE, ref UUID NOT NULL)
            """);
    }

    public Task TruncateAsync() => ExecuteAsync("DELETE FROM bench_rows");

    public async Task<long> CountAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new SqliteCommand("SELECT count(*) FROM bench_rows", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public IReadOnlyDictionary<string, object?> ToRecord(BenchRow row) =>
        row.ToRecord((long)row.Qty, DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Unspecified));

    public async Task RawInsertAsync(IReadOnlyList<BenchRow> rows)
    {
        await using var connection = await OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = new SqliteCommand("INSERT INTO bench_rows (id, qty, amount, name, active, created_at, day, ref) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)", connection, transaction);
        var p = new SqliteParameter[8];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = command.Parameters.Add(new SqliteParameter("@p" + i, null));
        }

        command.Prepare();
        foreach (var row in rows)
        {
            p[0].Value = row.Id;
            p[1].Value = (long)row.Qty;
            p[2].Value = row.Amount;
            p[3].Value = row.Name;
            p[4].Value = row.Active;
            p[5].Value = row.CreatedAt;
            p[6].Value = row.Day is { } day ? day : DBNull.Value;
            p[7].Value = row.Ref.ToString();
            command.ExecuteNonQuery();
        }

        await transaction.CommitAsync();
    }

    public async Task<(long Rows, long IdSum)> RawStreamAsync(Action<long> onRow)
    {
        await using var connection = await OpenAsync();
        await using var command = new SqliteCommand(Select + " ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        long rows = 0, sum = 0;
        while (await reader.ReadAsync())
        {
            sum += Row(reader);
            onRow(++rows);
        }

        return (rows, sum);
    }

    public async Task<long> RawReadAsync(long id)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand(Select + " WHERE id = @p0", connection) { Parameters = { new SqliteParameter("@p0", id) } };
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? Row(reader) : 0;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    // Each column read with the typed getter of the value DataFlow's record holds (SQLite stores the numeric as REAL,
    // dates as text): the same values, without boxing.
    private static long Row(SqliteDataReader reader) =>
        reader.GetInt64(0) + reader.GetInt64(1) + (long)reader.GetDouble(2) + reader.GetString(3).Length + reader.GetInt64(4)
        + reader.GetString(5).Length + (reader.IsDBNull(6) ? 0 : reader.GetString(6).Length) + reader.GetString(7).Length;

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
