using Npgsql;
using NpgsqlTypes;

namespace DataFlow.Bench.DataOperations;

/// <summary>PostgreSQL: database <c>bench_data</c>; baselines written with Npgsql alone (binary COPY, data reader, pooled read).</summary>
internal sealed class PostgresDataTarget(string serverUrl) : IDataBenchTarget
{
    private const string Database = "bench_data";
    private const string Select = "SELECT id, qty, amount, name, active, created_at, day, ref FROM bench_rows";
    private readonly Uri _server = new(serverUrl);

    public string Name => "PostgreSQL";

    public string BulkBaseline => "raw Npgsql binary COPY (typed writes)";

    public string Url => _server.GetLeftPart(UriPartial.Authority) + "/" + Database;

    private string ConnectionString => ConnectionStringFor(Database);

    public async Task CreateAsync()
    {
        await using (var admin = new NpgsqlConnection(ConnectionStringFor(_server.AbsolutePath.Trim('/') is { Length: > 0 } d ? d : "postgres")))
        {
            await admin.OpenAsync();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
            await ExecuteAsync(admin, $"CREATE DATABASE {Database}");
        }

        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, """
            CREATE TABLE bench_rows (id bigint PRIMARY KEY, qty integer NOT NULL, amount numeric(12,2) NOT NULL, name text NOT NULL,
                active boolean NOT NULL, created_at timestamptz NOT NULL, day date, ref uuid NOT NULL)
            """);
    }

    public async Task TruncateAsync()
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, "TRUNCATE bench_rows");
    }

    public async Task<long> CountAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM bench_rows", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public IReadOnlyDictionary<string, object?> ToRecord(BenchRow row) => row.ToRecord(row.Qty, row.CreatedAt);

    public async Task RawInsertAsync(IReadOnlyList<BenchRow> rows)
    {
        await using var connection = await OpenAsync();
        await using var importer = await connection.BeginBinaryImportAsync("COPY bench_rows (id, qty, amount, name, active, created_at, day, ref) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(row.Id, NpgsqlDbType.Bigint);
            await importer.WriteAsync(row.Qty, NpgsqlDbType.Integer);
            await importer.WriteAsync(row.Amount, NpgsqlDbType.Numeric);
            await importer.WriteAsync(row.Name, NpgsqlDbType.Text);
            await importer.WriteAsync(row.Active, NpgsqlDbType.Boolean);
            await importer.WriteAsync(row.CreatedAt, NpgsqlDbType.TimestampTz);
            if (row.Day is { } day)
            {
                await importer.WriteAsync(day, NpgsqlDbType.Date);
            }
            else
            {
                await importer.WriteNullAsync();
            }

            await importer.WriteAsync(row.Ref, NpgsqlDbType.Uuid);
        }

        await importer.CompleteAsync();
    }

    public async Task<(long Rows, long IdSum)> RawStreamAsync(Action<long> onRow)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(Select + " ORDER BY id", connection);
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
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Select + " WHERE id = $1", connection) { Parameters = { new() { Value = id } } };
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? Row(reader) : 0;
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    // Each column read with its typed getter (the values DataFlow's records hold, without boxing).
    private static long Row(NpgsqlDataReader reader) =>
        reader.GetInt64(0) + reader.GetInt32(1) + (long)reader.GetDecimal(2) + reader.GetString(3).Length + (reader.GetBoolean(4) ? 1 : 0)
        + reader.GetDateTime(5).Second + (reader.IsDBNull(6) ? 0 : reader.GetFieldValue<DateOnly>(6).Day) + reader.GetGuid(7).GetHashCode() % 2;

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private string ConnectionStringFor(string database)
    {
        var userInfo = _server.UserInfo.Split(':', 2);
        return new NpgsqlConnectionStringBuilder
        {
            Host = _server.Host,
            Port = _server.Port > 0 ? _server.Port : 5432,
            Username = Uri.UnescapeDataString(userInfo[0]),
            Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
            Database = database,
            CommandTimeout = 0,
        }.ConnectionString;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
