using DataFlow.Workflows;

namespace DataFlow.Tests.Models;

/// <summary>PostgreSQL bulk create: what COPY cannot write goes through INSERT; failures and rollbacks leave nothing.</summary>
public sealed class PostgresBulkCopyFallbackTests(BulkCopyDatabase database) : IClassFixture<BulkCopyDatabase>
{
    [Fact]
    public async Task Text_for_a_date_ends_the_copy_and_the_rest_of_the_call_goes_through_insert()
    {
        await using var db = await database.RegisteredAsync();
        var records = Enumerable.Range(0, 300)
            .Select(i => (object)new Dictionary<string, object?> { ["label"] = "row-" + i, ["d"] = i == 120 ? "2024-02-03" : new DateOnly(2024, 1, 1) })
            .ToList();

        var result = await db.Express.BulkCreateAsync("typed", records);

        Assert.Equal("COPY,INSERT", await database.StatementsAsync());
        Assert.Equal(300, result.Inserted);
        Assert.Equal(new DateOnly(2024, 2, 3), (await db.Express.ListAsync("typed", Filter.Eq("label", "row-120")))[0]["d"]);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), (await db.Express.ListAsync("typed", limit: null)).Select(r => (long)r["id"]!));
    }

    [Fact]
    public async Task Columns_binary_copy_cannot_write_send_the_whole_call_through_insert()
    {
        await using var db = await database.RegisteredAsync();
        var records = Enumerable.Range(0, 250)
            .Select(i => (object)new { ip = "10.0.0." + (i % 200), address = $"u{i}@example.com", at = "10:11:12+02" })
            .ToList();

        var result = await db.Express.BulkCreateAsync("odd", records);

        Assert.Equal("INSERT", await database.StatementsAsync());
        Assert.Equal(250, result.Inserted);
        Assert.Equal(250, await database.ScalarAsync<long>("SELECT count(*) FROM odd WHERE ip << '10.0.0.0/24' AND address LIKE 'u%@example.com' AND at = '10:11:12+02'"));
    }

    [Fact]
    public async Task A_failing_copy_leaves_nothing_behind()
    {
        await using var db = await database.RegisteredAsync();
        var records = Enumerable.Range(0, 300).Select(i => (object)new { code = i == 299 ? "C0" : "C" + i, n = i }).ToList();

        var error = await Assert.ThrowsAsync<DataFlowDataException>(() => db.Express.BulkCreateAsync("uniq", records));

        Assert.Equal(ErrorCodes.ConstraintViolation, error.Code);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM uniq"));
    }

    [Fact]
    public async Task Copied_rows_join_the_run_s_transaction_and_roll_back_when_a_later_node_fails()
    {
        await using var db = await database.RegisteredAsync();
        var records = Enumerable.Range(0, 250).Select(i => new { label = "tx-" + i }).ToArray();
        Workflow Flow(bool fail) => new WorkflowBuilder()
            .AddNode("TransactionScopeNode", "tx")
            .AddNode("TypedBulkCreateNode", "copy", new { data = records })
            .AddNode(new CodeNode(_ => fail ? throw new InvalidOperationException("boom") : "ok"), "after")
            .AddConnection("tx", "transaction", "copy", "transaction")
            .AddConnection("copy", "processed", "after", "input")
            .Build();

        await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime(db).ExecuteAsync(Flow(fail: true)));
        var rolledBack = await database.ScalarAsync<long>("SELECT count(*) FROM typed");
        await new LocalRuntime(db).ExecuteAsync(Flow(fail: false));

        Assert.Equal(0, rolledBack);
        Assert.Equal("COPY", await database.StatementsAsync()); // the failed run's log row was rolled back with its rows
        Assert.Equal(250, await database.ScalarAsync<long>("SELECT count(*) FROM typed"));
    }
}
