namespace DataFlow.Tests.Models;

/// <summary>The 11 nodes through workflows.</summary>
public abstract partial class ModelSpec
{
    [Fact]
    public async Task Registering_every_table_names_models_and_generates_eleven_nodes_each()
    {
        await using var db = await RegisteredAsync();
        var again = await db.RegisterSchemaAsModelsAsync(["users", "order_items", "nope"]);

        Assert.Equal(["User", "OrderItem"], again.RegisteredModels);
        Assert.Equal("UserListNode", again.GeneratedNodes["users"].List);
        Assert.Equal("UserListNode", again.GeneratedNodes["User"].List);
        Assert.Equal("OrderItemBulkUpsertNode", again.GeneratedNodes["order_items"]["bulk_upsert"]);
        Assert.Equal(2, again.SuccessCount);
        var error = Assert.Single(again.Errors);
        Assert.Equal(("nope", ErrorCodes.TableNotFound), (error.Table, error.Code));
        Assert.All(again.GeneratedNodes["users"].All, name => Assert.True(db.Nodes.Contains(name)));
        Assert.Contains(db.Models, m => m.Name == "DonnéesClient" || m.Name == "DonnéesClients");
    }

    [Fact]
    public async Task Create_fills_database_defaults_skips_identity_and_generated_columns_and_returns_the_stored_row()
    {
        await using var db = await RegisteredAsync();
        var output = await RunAsync(db, "UserCreateNode", new { email = "ada@example.com", name = "Ada" });

        var row = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(output["result"]);
        Assert.NotNull(row["id"]);
        Assert.Equal(true, row["active"]);
        Assert.Equal("new", row["status"]);
        Assert.NotNull(row["created_at"]);
        Assert.Equal("ADA", row["shout"]);
        Assert.Null(row["age"]);
        Assert.Equal(1, await Database.CountAsync("SELECT count(*) FROM users WHERE status = 'new' AND shout = 'ADA'"));
    }

    [Fact]
    public async Task Create_refuses_a_value_for_a_generated_column()
    {
        await using var db = await RegisteredAsync();
        var error = await FailsAsync(db, "UserCreateNode", new { data = new { email = "x@example.com", shout = "NO" } });

        Assert.Equal(ErrorCodes.ColumnNotWritable, error.Code);
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task Read_finds_by_key_and_raises_or_answers_found_false_when_missing()
    {
        await using var db = await RegisteredAsync();
        var created = await db.Express.CreateAsync("users", new { email = "ada@example.com", name = "Ada" });

        var found = await RunAsync(db, "UserReadNode", new { id = created["id"] });
        var missing = await RunAsync(db, "UserReadNode", new { id = 999_999, raise_on_not_found = false });
        var error = await FailsAsync(db, "UserReadNode", new { id = 999_999 });

        Assert.Equal("Ada", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(found["result"])["name"]);
        Assert.Equal(true, found["found"]);
        Assert.Equal((null, false), (missing["result"], missing["found"]));
        Assert.Equal(ErrorCodes.RecordNotFound, error.Code);
    }

    [Fact]
    public async Task Composite_keys_work_for_read_update_delete_and_upsert()
    {
        await using var db = await RegisteredAsync();
        await RunAsync(db, "OrderItemCreateNode", new { order_id = 1, product_id = 2 });

        var read = await RunAsync(db, "OrderItemReadNode", new { order_id = 1, product_id = 2 });
        var updated = await RunAsync(db, "OrderItemUpdateNode", new { key = new { order_id = 1, product_id = 2 }, fields = new { quantity = 5 } });
        var upserted = await RunAsync(db, "OrderItemUpsertNode", new { order_id = 1, product_id = 2, quantity = 7 });
        var deleted = await RunAsync(db, "OrderItemDeleteNode", new { order_id = 1, product_id = 2 });
        var missingPart = await FailsAsync(db, "OrderItemReadNode", new { order_id = 1 });

        Assert.Equal(1L, Convert.ToInt64(((IReadOnlyDictionary<string, object?>)read["result"]!)["quantity"]));
        var change = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(((IReadOnlyDictionary<string, object?>)updated["changes"]!)["quantity"]);
        Assert.Equal((1L, 5L), (Convert.ToInt64(change["old"]), Convert.ToInt64(change["new"])));
        Assert.Equal(("updated", false), (upserted["action"], upserted["created"]));
        Assert.Equal(1L, deleted["deleted"]);
        Assert.Equal(ErrorCodes.MissingKey, missingPart.Code);
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM order_items"));
    }

    [Fact]
    public async Task A_key_not_named_id_is_found_by_its_name_or_by_id()
    {
        await using var db = await RegisteredAsync();
        await RunAsync(db, "ProductCreateNode", new { sku = "A-1", title = "Anvil", price = 12.5m });

        var byName = await RunAsync(db, "ProductReadNode", new { sku = "A-1" });
        var byId = await RunAsync(db, "ProductReadNode", new { id = "A-1" });
        var upsert = await RunAsync(db, "ProductUpsertNode", new { data = new { sku = "B-2", title = "Bolt" } });

        Assert.Equal("Anvil", ((IReadOnlyDictionary<string, object?>)byName["result"]!)["title"]);
        Assert.Equal("Anvil", ((IReadOnlyDictionary<string, object?>)byId["result"]!)["title"]);
        Assert.Equal(("inserted", true), (upsert["action"], upsert["created"]));
        Assert.Equal(12.5m, Convert.ToDecimal(((IReadOnlyDictionary<string, object?>)byName["result"]!)["price"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_table_without_primary_key_gets_create_list_count_and_bulk_create_and_clear_errors_for_the_rest()
    {
        await using var db = await RegisteredAsync();
        await RunAsync(db, "LogCreateNode", new { message = "hello" });
        var bulk = await RunAsync(db, "LogBulkCreateNode", new { data = new[] { new { message = "a" }, new { message = "b" } } });
        var list = await RunAsync(db, "LogListNode", new { order_by = "message" });
        var count = await RunAsync(db, "LogCountNode", new { filter = new { level = "info" } });

        Assert.Equal(2L, bulk["inserted"]);
        Assert.Equal(["a", "b", "hello"], Records(list).Select(r => r["message"]));
        Assert.Equal(3L, count["count"]);
        foreach (var node in new[] { "LogReadNode", "LogUpdateNode", "LogDeleteNode", "LogUpsertNode", "LogBulkUpdateNode", "LogBulkDeleteNode", "LogBulkUpsertNode" })
        {
            var error = await Assert.ThrowsAnyAsync<DataFlowException>(() => RunAsync(db, node, new { id = 1 }));
            Assert.Equal(ErrorCodes.ModelHasNoPrimaryKey, error.Code);
        }
    }

    [Fact]
    public async Task Update_by_key_reports_only_what_changed_and_update_by_filter_counts_rows()
    {
        await using var db = await RegisteredAsync();
        await SeedUsersAsync(db);
        var ada = (await db.Express.ListAsync("users", Filter.Eq("email", "ada@example.com")))[0];

        var byKey = await RunAsync(db, "UserUpdateNode", new { id = ada["id"], fields = new { name = "Ada", age = 37 } });
        var byFilter = await RunAsync(db, "UserUpdateNode", new { filter = new { active = true }, fields = new { status = "checked" } });
        var missing = await RunAsync(db, "UserUpdateNode", new { id = 999_999, fields = new { age = 1 } });

        var changes = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(byKey["changes"]);
        Assert.Equal(["age"], changes.Keys);
        Assert.Equal("ADA", ((IReadOnlyDictionary<string, object?>)byKey["result"]!)["shout"]);
        Assert.Equal(3L, byFilter["updated"]);
        Assert.Equal((0L, null), (missing["updated"], missing["result"]));
    }

    [Fact]
    public async Task Delete_by_key_returns_the_deleted_row()
    {
        await using var db = await RegisteredAsync();
        var ada = await db.Express.CreateAsync("users", new { email = "ada@example.com" });

        var deleted = await RunAsync(db, "UserDeleteNode", new { id = ada["id"] });
        var again = await RunAsync(db, "UserDeleteNode", new { id = ada["id"] });

        Assert.Equal("ada@example.com", ((IReadOnlyDictionary<string, object?>)deleted["result"]!)["email"]);
        Assert.Equal((1L, 0L), (deleted["deleted"], again["deleted"]));
    }

    [Fact]
    public async Task Upsert_inserts_then_updates_on_a_unique_conflict_column()
    {
        await using var db = await RegisteredAsync();
        var first = await RunAsync(db, "UserUpsertNode", new { email = "ada@example.com", name = "Ada", conflict_on = "email" });
        var second = await RunAsync(db, "UserUpsertNode", new { data = new { email = "ada@example.com", name = "Ada L." }, conflict_on = new[] { "email" } });
        var badTarget = await FailsAsync(db, "UserUpsertNode", new { email = "x@example.com", conflict_on = "name" });

        Assert.Equal((true, false), (first["created"], second["created"]));
        Assert.Equal("Ada L.", ((IReadOnlyDictionary<string, object?>)second["result"]!)["name"]);
        Assert.Equal(ErrorCodes.InvalidConflictTarget, badTarget.Code);
        Assert.Equal(1, await Database.CountAsync("SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task List_orders_pages_projects_and_counts()
    {
        await using var db = await RegisteredAsync();
        await SeedUsersAsync(db);

        var page = await RunAsync(db, "UserListNode", new { order_by = "-age", limit = 2, offset = 1, fields = new[] { "email", "age" } });
        var byObject = await RunAsync(db, "UserListNode", new { order_by = new Dictionary<string, object> { ["active"] = -1, ["email"] = "asc" } });
        var countOnly = await RunAsync(db, "UserListNode", new { filter = new { active = true }, count_only = true });
        var defaults = await RunAsync(db, "UserListNode", new { });

        Assert.Equal(["ada@example.com", "linus@example.com"], Emails(Records(page)));
        Assert.Equal(["email", "age"], Records(page)[0].Keys);
        Assert.Equal((2L, 2L, 1L), ((long)page["count"]!, (long)page["limit"]!, (long)page["offset"]!));
        Assert.Equal(["ada@example.com", "grace@example.com", "linus@example.com", "anon@example.com"], Emails(Records(byObject)));
        Assert.Equal((3L, 0), ((long)countOnly["count"]!, Records(countOnly).Count));
        Assert.Equal(10L, defaults["limit"]);
        Assert.Equal(4, Records(defaults).Count);
    }

    [Fact]
    public async Task Count_counts_rows_matching_the_filter()
    {
        await using var db = await RegisteredAsync();
        await SeedUsersAsync(db);

        var output = await RunAsync(db, "UserCountNode", new { filter = new Dictionary<string, object> { ["age"] = new Dictionary<string, object> { ["$gte"] = 36 } } });

        Assert.Equal(2L, output["count"]);
    }
}
