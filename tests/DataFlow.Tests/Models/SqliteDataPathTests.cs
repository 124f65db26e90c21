using System.Diagnostics;
using DataFlow.Connections;
using DataFlow.Dialects;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Models;

/// <summary>
/// SQLite data paths: pooled data connections, the statement reader (and its fallback to Microsoft.Data.Sqlite's
/// reader for arguments it does not bind itself), waiting for a writer's lock, a commit waiting for readers, and a pooled
/// connection's cached schema checked once another process's lock is released.
/// </summary>
public sealed class SqliteDataPathTests : IDisposable
{
    private readonly SqliteModelDatabase _database = new();

    [Fact]
    public async Task Reads_return_the_same_rows_whichever_reader_their_arguments_need()
    {
        await using var db = await RegisteredAsync();
        await db.Express.BulkCreateAsync("users", Enumerable.Range(0, 40).Select(i => (object)new { email = $"u{i}@x", age = i, score = i / 2.0, active = i % 2 == 0, name = i % 5 == 0 ? null : "n" + i }));
        await db.Express.BulkCreateAsync("products", Enumerable.Range(0, 10).Select(i => (object)new { sku = "P" + i, title = "t", price = i * 1.25m }));

        var simple = await db.Express.ListAsync("users", Filter.And(Filter.Gte("age", 10), Filter.Lt("score", 15.0), Filter.Eq("active", true)), limit: null);
        var withDecimal = await db.Express.ListAsync("products", Filter.Gt("price", 5.0m), limit: null);
        var withText = await db.Express.CountAsync("users", Filter.In("email", "u1@x", "u2@x", "nope"));

        Assert.Equal(Enumerable.Range(10, 20).Where(i => i % 2 == 0).Select(i => $"u{i}@x"), simple.Select(r => r["email"]));
        Assert.All(simple, r => Assert.IsType<bool>(r["active"]));
        Assert.Equal(["P5", "P6", "P7", "P8", "P9"], withDecimal.Select(r => r["sku"]));
        Assert.Equal(2, withText);
    }

    [Fact]
    public async Task A_read_waits_for_a_writer_s_lock_instead_of_failing()
    {
        await using var db = await RegisteredAsync();
        await db.Express.CreateAsync("users", new { email = "ada@example.com" });
        await using var writer = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.FilePath, Pooling = false }.ToString());
        await writer.OpenAsync();
        await using (var begin = new SqliteCommand("BEGIN EXCLUSIVE", writer))
        {
            await begin.ExecuteNonQueryAsync();
        }

        var waited = Stopwatch.StartNew();
        var read = Task.Run(() => db.Express.ListAsync("users"));
        await Task.Delay(400);
        await using (var commit = new SqliteCommand("COMMIT", writer))
        {
            await commit.ExecuteNonQueryAsync();
        }

        Assert.Single(await read);
        Assert.True(waited.ElapsedMilliseconds >= 300, $"the read returned after {waited.ElapsedMilliseconds} ms, while the database was locked");
    }

    [Fact]
    public async Task A_read_waiting_for_a_lock_stops_when_cancelled()
    {
        await using var db = await RegisteredAsync();
        Assert.Equal(0, await db.Express.CountAsync("users"));
        await using var writer = await OpenRawAsync();
        await ExecuteAsync(writer, "BEGIN EXCLUSIVE");

        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var waited = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() => db.Express.ListAsync("users", cancellationToken: cancellation.Token)));

        // The command timeout is 30 s: only the cancellation can have ended the wait this early.
        Assert.True(waited.ElapsedMilliseconds < 5000, $"the cancelled read returned after {waited.ElapsedMilliseconds} ms");
        await ExecuteAsync(writer, "COMMIT");
    }

    [Fact]
    public async Task A_write_waits_for_another_connection_s_read_instead_of_failing_at_commit()
    {
        await using var db = await RegisteredAsync();
        await using var reader = await OpenRawAsync();
        await ExecuteAsync(reader, "BEGIN; SELECT count(*) FROM users;");

        // The insert itself succeeds; its commit needs the exclusive lock, which waits (blocking its thread, as
        // SQLite does) for the reader to finish.
        var waited = Stopwatch.StartNew();
        var create = Task.Run(() => db.Express.CreateAsync("users", new { email = "ada@example.com" }));
        await Task.Delay(400);
        Assert.False(create.IsCompleted, "the insert committed while another connection was reading: " + (create.IsCompleted ? create.Exception?.Message : ""));
        await ExecuteAsync(reader, "COMMIT");

        Assert.Equal("ada@example.com", (await create)["email"]);
        Assert.True(waited.ElapsedMilliseconds >= 300, $"the insert returned after {waited.ElapsedMilliseconds} ms");
        Assert.Equal(1, await db.Express.CountAsync("users"));
    }

    [Fact]
    public async Task A_pooled_connection_sees_a_table_created_since_while_another_connection_holds_the_lock()
    {
        var connector = DialectRegistry.DataFor(DatabaseKind.Sqlite).Connector(DatabaseUrl.Parse(_database.Url), new ConnectionSettings());
        await using (connector)
        {
            // Loads the schema (without the new table) into a connection that goes back to the pool.
            await using (var first = await connector.OpenAsync())
            {
                await ExecuteAsync((SqliteConnection)first, "SELECT count(*) FROM users");
            }

            await using var other = await OpenRawAsync();
            await ExecuteAsync(other, "CREATE TABLE audit_entries (id INTEGER PRIMARY KEY); BEGIN EXCLUSIVE;");

            // The pooled connection's cached schema has no audit_entries; SQLite can only notice once the lock is free.
            await using var pooled = (SqliteConnection)await connector.OpenAsync();
            var count = Task.Run(async () =>
            {
                await using var command = new SqliteCommand("SELECT count(*) FROM audit_entries", pooled);
                return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            });
            await Task.Delay(300);
            await ExecuteAsync(other, "COMMIT");

            Assert.Equal(0L, await count);
        }
    }

    [Fact]
    public async Task A_file_deleted_after_the_first_operation_is_still_reported_as_missing()
    {
        await using var db = await RegisteredAsync();
        Assert.Equal(0, await db.Express.CountAsync("users"));
        SqliteConnection.ClearAllPools();
        File.Delete(_database.FilePath);

        var error = await Assert.ThrowsAsync<DataFlowConnectionException>(() => db.Express.CountAsync("users"));

        Assert.Equal(ErrorCodes.DatabaseFileNotFound, error.Code);
        Assert.False(File.Exists(_database.FilePath));
    }

    public void Dispose() => _database.Dispose();

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<SqliteConnection> OpenRawAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.FilePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private async Task<DataFlowDb> RegisteredAsync()
    {
        var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = _database.Url, ExistingSchemaMode = true });
        Assert.Equal(0, (await db.RegisterSchemaAsModelsAsync()).ErrorCount);
        return db;
    }
}
