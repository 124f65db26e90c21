namespace DataFlow.Tests.Models;

public sealed class PostgresModelTests(PostgresModelDatabase database) : ModelSpec, IClassFixture<PostgresModelDatabase>
{
    protected override IModelTestDatabase Database => database;

    [Fact]
    public async Task Contains_matches_arrays_and_jsonb_and_enums_uuids_and_zoned_times_round_trip()
    {
        await using var db = await RegisteredAsync();
        await database.ExecuteAsync("DELETE FROM docs");
        var at = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2));
        var created = await db.Express.CreateAsync("docs", new { tags = new[] { "a", "b" }, body = new { kind = "x", n = 1 }, feeling = "happy", at });
        await db.Express.CreateAsync("docs", new { tags = new[] { "c" }, body = "{\"kind\": \"y\"}", feeling = "sad", at = "2024-01-01T00:00:00Z" });

        var byTag = await db.Express.ListAsync("docs", Filter.Contains("tags", "b"));
        var byJson = await db.Express.ListAsync("docs", Filter.Contains("body", new { kind = "y" }));
        var byEnum = await db.Express.ListAsync("docs", new Dictionary<string, object?> { ["feeling"] = new Dictionary<string, object?> { ["$gt"] = "ok" } });
        var byUuid = await db.Express.ReadAsync("docs", created["id"]!);
        var byUuidText = await db.Express.CountAsync("docs", Filter.Eq("uid", byUuid!["uid"]!.ToString()));

        Assert.Equal([created["id"]], byTag.Select(r => r["id"]));
        Assert.Equal("sad", Assert.Single(byJson)["feeling"]);
        Assert.Equal("happy", Assert.Single(byEnum)["feeling"]);
        Assert.IsType<Guid>(byUuid["uid"]);
        Assert.Equal(1, byUuidText);
        Assert.Equal(at.UtcDateTime, Assert.IsType<DateTime>(byUuid["at"]));
    }

    [Fact]
    public async Task Tables_with_the_same_name_in_two_schemas_get_distinct_deterministic_model_names()
    {
        await database.ExecuteAsync("CREATE SCHEMA IF NOT EXISTS sales; CREATE TABLE IF NOT EXISTS sales.users (id int PRIMARY KEY, region text);");
        await using var db = await RegisteredAsync();

        var result = await db.RegisterSchemaAsModelsAsync(["sales.users", "public.users"]);
        await db.Express.CreateAsync("sales.users", new { id = 1, region = "north" });

        Assert.Equal(["SalesUser", "User"], result.RegisteredModels);
        Assert.Equal("SalesUserListNode", result.GeneratedNodes["sales.users"].List);
        Assert.Equal("UserListNode", result.GeneratedNodes["public.users"].List);
        Assert.Equal(1, await db.Express.CountAsync("SalesUser"));
        Assert.Equal(0, await db.Express.CountAsync("users"));
    }

    [Fact]
    public async Task The_scope_s_isolation_level_and_timeout_are_applied_to_the_database_transaction()
    {
        await using var db = await RegisteredAsync();
        var probe = new DataFlow.Workflows.CodeNode(async (inputs, ct) =>
        {
            var run = db.Data.Current(inputs.Get<string>("transaction"));
            await using var session = await run.LendAsync(ct);
            await using var command = session.Command("SELECT current_setting('transaction_isolation') || ' ' || current_setting('statement_timeout')", []);
            return await command.ExecuteScalarAsync(ct);
        });
        var workflow = new DataFlow.Workflows.WorkflowBuilder()
            .AddNode("TransactionScopeNode", "tx", new { isolation_level = "repeatable_read", timeout = 1.5 })
            .AddNode(probe, "probe")
            .AddConnection("tx", "transaction", "probe", "transaction")
            .Build();

        var (results, _) = await new DataFlow.Workflows.LocalRuntime(db).ExecuteAsync(workflow);

        Assert.Equal("repeatable read 1500ms", results["probe"]["result"]);
    }
}
