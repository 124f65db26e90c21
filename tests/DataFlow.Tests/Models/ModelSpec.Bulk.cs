using DataFlow.Data;

namespace DataFlow.Tests.Models;

/// <summary>Bulk nodes: conflict modes, confirmation, counts.</summary>
public abstract partial class ModelSpec
{
    [Fact]
    public async Task Bulk_create_inserts_in_batches_and_skips_or_updates_or_fails_on_conflicts()
    {
        await using var db = await RegisteredAsync();
        var records = Enumerable.Range(0, 25).Select(i => new { sku = $"S{i:00}", title = $"t{i}" }).ToArray();

        var created = await RunAsync(db, "ProductBulkCreateNode", new { data = records, batch_size = 10 });
        var skipped = await RunAsync(db, "ProductBulkCreateNode", new { data = new[] { new { sku = "S00", title = "x" }, new { sku = "NEW", title = "n" } }, conflict_resolution = "skip" });
        var updated = await RunAsync(db, "ProductBulkCreateNode", new { data = new[] { new { sku = "S01", title = "changed" }, new { sku = "NEW2", title = "n" } }, conflict_resolution = "update" });
        var failed = await FailsAsync(db, "ProductBulkCreateNode", new { data = new[] { new { sku = "ZZZ", title = "z" }, new { sku = "S02", title = "dup" } } });

        Assert.Equal((25L, 25L, 3L), ((long)created["processed"]!, (long)created["inserted"]!, (long)created["batches"]!));
        Assert.Equal((1L, 1L), ((long)skipped["inserted"]!, (long)skipped["skipped"]!));
        Assert.Equal((1L, 1L), ((long)updated["inserted"]!, (long)updated["updated"]!));
        Assert.Equal(ErrorCodes.ConstraintViolation, failed.Code);
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM products WHERE sku = 'ZZZ'"));
        Assert.Equal(1, await Database.CountAsync("SELECT count(*) FROM products WHERE sku = 'S01' AND title = 'changed'"));
        Assert.Equal(27, await Database.CountAsync("SELECT count(*) FROM products"));
    }

    [Fact]
    public async Task Bulk_upsert_counts_inserted_and_updated_rows_and_can_skip()
    {
        await using var db = await RegisteredAsync();
        await SeedUsersAsync(db);
        var data = new[] { new { email = "ada@example.com", name = "Ada2" }, new { email = "new@example.com", name = "New" } };

        var upserted = await RunAsync(db, "UserBulkUpsertNode", new { data, conflict_on = "email" });
        var skipped = await RunAsync(db, "UserBulkUpsertNode", new { data, conflict_on = "email", conflict_resolution = "skip" });
        var viaExpress = await db.Express.BulkUpsertAsync("order_items", [new { order_id = 1, product_id = 1, quantity = 2 }]);

        Assert.Equal((2L, 1L, 1L), ((long)upserted["processed"]!, (long)upserted["inserted"]!, (long)upserted["updated"]!));
        Assert.Equal((0L, 2L), ((long)skipped["inserted"]!, (long)skipped["skipped"]!));
        Assert.Equal(1, viaExpress.Inserted);
        Assert.Equal(1, await Database.CountAsync("SELECT count(*) FROM users WHERE name = 'Ada2'"));
    }

    [Fact]
    public async Task Bulk_update_and_delete_refuse_an_empty_filter_unless_confirmed()
    {
        await using var db = await RegisteredAsync();
        await SeedUsersAsync(db);

        var refusedUpdate = await FailsAsync(db, "UserBulkUpdateNode", new { fields = new { status = "x" } });
        var refusedDelete = await FailsAsync(db, "UserBulkDeleteNode", new { filter = new { } });
        var filtered = await RunAsync(db, "UserBulkUpdateNode", new { filter = new Dictionary<string, object> { ["age"] = new Dictionary<string, object> { ["$lt"] = 40 } }, fields = new { status = "young" } });
        var confirmed = await RunAsync(db, "UserBulkUpdateNode", new { fields = new { score = 1.0 }, confirmed = true });

        Assert.Equal(ErrorCodes.UnconfirmedBulkOperation, refusedUpdate.Code);
        Assert.Equal(ErrorCodes.UnconfirmedBulkOperation, refusedDelete.Code);
        Assert.Equal(2L, filtered["updated"]);
        Assert.Equal(4L, confirmed["updated"]);
        Assert.Equal(4, await Database.CountAsync("SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task Bulk_update_by_records_and_bulk_delete_by_keys_and_filter()
    {
        await using var db = await RegisteredAsync();
        await db.Express.BulkCreateAsync("order_items", Enumerable.Range(1, 6).Select(i => (object)new { order_id = 1, product_id = i }));

        var updated = await RunAsync(db, "OrderItemBulkUpdateNode", new { data = new[] { new { order_id = 1, product_id = 1, quantity = 9 }, new { order_id = 9, product_id = 9, quantity = 9 } } });
        var byKeys = await RunAsync(db, "OrderItemBulkDeleteNode", new { data = new[] { new { order_id = 1, product_id = 2 }, new { order_id = 1, product_id = 3 } }, batch_size = 1 });
        var byFilter = await RunAsync(db, "OrderItemBulkDeleteNode", new { filter = new Dictionary<string, object> { ["product_id"] = new Dictionary<string, object> { ["$gte"] = 5 } } });
        var all = await db.Express.BulkDeleteAsync("order_items", null, confirmed: true);

        Assert.Equal((1L, 1L), ((long)updated["updated"]!, (long)updated["skipped"]!));
        Assert.Equal((2L, 2L), ((long)byKeys["deleted"]!, (long)byKeys["batches"]!));
        Assert.Equal(2L, byFilter["deleted"]);
        Assert.Equal(2, all.Deleted);
    }

    [Fact]
    public async Task A_failing_bulk_write_leaves_nothing_behind()
    {
        await using var db = await RegisteredAsync();
        var records = Enumerable.Range(0, 30).Select(i => (object)new { sku = i == 29 ? "S00" : $"S{i:00}", title = "t" });

        var error = await Assert.ThrowsAsync<DataFlowDataException>(() => db.Express.BulkCreateAsync("products", records, batchSize: 7));

        Assert.Equal(ErrorCodes.ConstraintViolation, error.Code);
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM products"));
        Assert.Equal(ConflictResolution.Error, ConflictResolution.Error);
    }
}
