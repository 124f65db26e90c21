using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Models;

/// <summary>
/// SQLite data paths: pooled data connections, the statement reader (and its fallback to Microsoft.Data.Sqlite's
/// reader for arguments it does not bind itself), waiting for a writer's lock.
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
        var read = db.Express.ListAsync("users");
        await Task.Delay(400);
        await using (var commit = new SqliteCommand("COMMIT", writer))
        {
            await commit.ExecuteNonQueryAsync();
        }

        Assert.Single(await read);
        Assert.True(waited.ElapsedMilliseconds >= 300, $"the read returned after {waited.ElapsedMilliseconds} ms, while the database was locked");
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

    private async Task<DataFlowDb> RegisteredAsync()
    {
        var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = _database.Url, ExistingSchemaMode = true });
        Assert.Equal(0, (await db.RegisterSchemaAsModelsAsync()).ErrorCount);
        return db;
    }
}
