using DataFlow.Safety;
using DataFlow.Tests.Infrastructure;
using Npgsql;

namespace DataFlow.Tests.Safety;

public sealed class PostgresNotNullColumnHandlerTests(PostgresDatabase database) : NotNullColumnHandlerSpec, IClassFixture<PostgresDatabase>
{
    protected override string Url => database.Url;

    protected override bool IsPostgres => true;

    protected override Task ExecuteAsync(string sql) => database.ExecuteAsync(sql);

    protected override Task<object?> ScalarAsync(string sql) => PostgresScalar.ReadAsync(database, sql);

    [Fact]
    public async Task A_ddl_step_blocked_by_a_long_transaction_gives_up_its_lock_wait_and_retries_until_it_gets_through()
    {
        await ExecuteAsync("CREATE TABLE busy_items (id integer PRIMARY KEY, qty integer); INSERT INTO busy_items SELECT g, g FROM generate_series(1, 20) g");
        await using var db = Db();
        var handler = new NotNullColumnHandler(db, new NotNullOptions { LockTimeout = TimeSpan.FromMilliseconds(50), LockRetries = 200 });
        var plan = await handler.PlanAsync(new NotNullColumnRequest { Table = "busy_items", Column = "flag", Type = "boolean", Default = NotNullDefault.Static(false) });
        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var read = new NpgsqlCommand("SELECT COUNT(*) FROM busy_items", holder, transaction))
        {
            await read.ExecuteScalarAsync();
        }

        var running = handler.ExecuteAsync(plan);
        await Task.Delay(400);
        Assert.False(running.IsCompleted);
        var insertWhileWaiting = Task.Run(() => ExecuteAsync("INSERT INTO busy_items (id, qty) VALUES (100, 1)"));
        Assert.True(await Task.WhenAny(insertWhileWaiting, Task.Delay(5000)) == insertWhileWaiting, "a writer queued behind the waiting DDL for seconds");
        await transaction.CommitAsync();
        var result = await running;

        Assert.True(result.LockRetries > 0);
        Assert.Equal(21, await CountAsync("SELECT COUNT(*) FROM busy_items WHERE flag = false"));
    }

    [Fact]
    public async Task A_lock_never_granted_ends_with_DF_SAFE_003_and_the_table_unchanged()
    {
        await ExecuteAsync("CREATE TABLE held_items (id integer PRIMARY KEY, qty integer); INSERT INTO held_items VALUES (1, 1)");
        await using var db = Db();
        var handler = new NotNullColumnHandler(db, new NotNullOptions { LockTimeout = TimeSpan.FromMilliseconds(20), LockRetries = 3 });
        var plan = await handler.PlanAsync(new NotNullColumnRequest { Table = "held_items", Column = "flag", Type = "boolean", Default = NotNullDefault.Static(true) });
        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var read = new NpgsqlCommand("SELECT COUNT(*) FROM held_items", holder, transaction))
        {
            await read.ExecuteScalarAsync();
        }

        var error = await Assert.ThrowsAsync<DataFlowDataException>(() => handler.ExecuteAsync(plan));
        await transaction.RollbackAsync();

        Assert.Equal(ErrorCodes.LockNotAcquired, error.Code);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Null(await NullableAsync("held_items", "flag"));
    }
}
