using DataFlow.Data;

namespace DataFlow.Tests.Models;

/// <summary>
/// Bulk create on each engine's fast path (PostgreSQL COPY from 200 records, one reused SQLite statement): runs of
/// records with different columns, defaults, conflicts, errors.
/// </summary>
public abstract partial class ModelSpec
{
    [Fact]
    public async Task Bulk_create_writes_runs_of_differently_shaped_records_and_leaves_omitted_columns_to_the_database()
    {
        await using var db = await RegisteredAsync();
        var records = new List<object>();
        records.AddRange(Enumerable.Range(0, 100).Select(i => new Dictionary<string, object?> { ["email"] = $"a{i}@x", ["name"] = "n" + i, ["age"] = i }));
        records.AddRange(Enumerable.Range(0, 60).Select(i => new Dictionary<string, object?> { ["email"] = $"b{i}@x" }));
        records.AddRange(Enumerable.Range(0, 100).Select(i => new Dictionary<string, object?> { ["email"] = $"c{i}@x", ["name"] = null, ["score"] = i / 4.0, ["active"] = false }));

        var result = await db.Express.BulkCreateAsync("users", records, batchSize: 50);

        Assert.Equal((260L, 260L, 6), (result.Processed, result.Inserted, result.Batches));
        var rows = await db.Express.ListAsync("users", limit: null);
        Assert.Equal(records.Select(r => ((Dictionary<string, object?>)r)["email"]), rows.Select(r => r["email"]));
        Assert.All(rows, r => Assert.Equal("new", r["status"]));
        Assert.All(rows, r => Assert.NotNull(r["created_at"]));
        Assert.Equal(("N7", 7L, true), ((string?)rows[7]["shout"], Convert.ToInt64(rows[7]["age"]), (bool)rows[7]["active"]!));
        Assert.Equal((null, null, true), (rows[120]["name"], rows[120]["age"], (bool)rows[120]["active"]!));
        Assert.Equal((null, 12.5, false), (rows[210]["shout"], (double)rows[210]["score"]!, (bool)rows[210]["active"]!));
    }

    [Fact]
    public async Task Bulk_create_with_skip_counts_the_records_whose_key_exists_in_a_large_call()
    {
        await using var db = await RegisteredAsync();
        await db.Express.BulkCreateAsync("products", Enumerable.Range(0, 20).Select(i => (object)new { sku = $"S{i * 15:000}", title = "old" }));
        var records = Enumerable.Range(0, 300).Select(i => (object)new { sku = $"S{i:000}", title = "new" });

        var result = await db.Express.BulkCreateAsync("products", records, ConflictResolution.Skip);

        Assert.Equal((300L, 280L, 20L), (result.Processed, result.Inserted, result.Skipped));
        Assert.Equal(20, await db.Express.CountAsync("products", Filter.Eq("title", "old")));
        Assert.Equal(300, await db.Express.CountAsync("products"));
    }

    [Fact]
    public async Task A_wrong_value_deep_in_a_large_call_is_named_by_its_path_and_nothing_is_written()
    {
        await using var db = await RegisteredAsync();
        var records = Enumerable.Range(0, 300).Select(i => (object)new Dictionary<string, object?> { ["email"] = $"u{i}@x", ["age"] = i == 250 ? "old" : i });

        var error = await Assert.ThrowsAsync<DataFlowDataException>(() => db.Express.BulkCreateAsync("users", records));

        Assert.Equal(ErrorCodes.WrongValueType, error.Code);
        Assert.Equal("data[250].age", error.Path);
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM users"));
        Assert.Equal(1, (await db.Express.BulkCreateAsync("users", [new { email = "after@x" }])).Inserted);
    }
}
