namespace DataFlow.Tests.CodeFirst.AutoMigrate;

/// <summary>
/// Auto-migration of code-first models, the same on both dialects: each evolution step keeps the rows, a repeat run
/// sends no DDL (counted by the database itself), AutoMigrate = false and existing-schema mode change nothing.
/// </summary>
public abstract class AutoMigrateSpec
{
    /// <summary>The table the scaffolded <see cref="Customer"/> class was generated from (SQLite spelling).</summary>
    public const string ScaffoldedSqliteTable =
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL UNIQUE, name TEXT, active BOOLEAN NOT NULL DEFAULT 1, balance NUMERIC(10,2))";

    protected abstract string Url { get; }

    /// <summary>A counter the database advances on every DDL statement.</summary>
    protected abstract Task<long> DdlCountAsync();

    protected abstract Task<long> ScalarAsync(string sql);

    protected abstract Task<IReadOnlyList<string>> ColumnsAsync(string table);

    private DataFlowDb Open(bool autoMigrate = true, bool existingSchema = false) =>
        new(new DataFlowOptions { DatabaseUrl = Url, AutoMigrate = autoMigrate, ExistingSchemaMode = existingSchema, ApplicationId = "automigrate-tests" });

    [Fact]
    public async Task First_use_creates_the_table_and_a_repeat_run_sends_no_ddl()
    {
        await using (var db = Open())
        {
            var model = db.Model<GadgetV1>();
            Assert.Equal("GadgetV1CreateNode", model.Nodes.Create);
            var created = await db.Express.For<GadgetV1>().CreateAsync(new GadgetV1 { Name = "lamp" });
            Assert.True(created.Id > 0);
            Assert.Equal("lamp", created.Name);
        }

        var before = await DdlCountAsync();
        await using (var again = Open())
        {
            again.Model<GadgetV1>();
            var result = await again.MigrateAsync();
            Assert.True(result.UpToDate);
            Assert.Empty(result.AppliedStatements);
            var all = await again.Express.For<GadgetV1>().ListAsync();
            Assert.Equal("lamp", Assert.Single(all).Name);
        }

        Assert.Equal(before, await DdlCountAsync());
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM dataflow_migrations WHERE kind = 'auto'"));
    }

    [Fact]
    public async Task An_evolving_model_keeps_every_row()
    {
        await Step<GadgetV1>(async db =>
        {
            await db.Express.CreateAsync("GadgetV1", new { name = "lamp" });
            await db.Express.CreateAsync("GadgetV1", new { name = "desk" });
        });
        await AssertRowsAsync();

        var added = await Step<GadgetV2>(async db =>
        {
            var rows = await db.Express.For<GadgetV2>().ListAsync(orderBy: "id");
            Assert.Equal(["general", "general"], rows.Select(r => r.Category));
        });
        Assert.NotEmpty(added.AppliedStatements);
        await AssertRowsAsync();

        var nullable = await Step<GadgetV3>(async db =>
        {
            await db.Express.UpdateAsync("GadgetV3", 1, new { weight = 7 });
            Assert.Equal(7, (await db.Express.For<GadgetV3>().ReadAsync(1))!.Weight);
        });
        Assert.NotEmpty(nullable.AppliedStatements);
        await AssertRowsAsync();

        var ddl = await DdlCountAsync();
        var removed = await Step<GadgetV4>(async db => Assert.Equal(2, (await db.Express.For<GadgetV4>().ListAsync()).Count));
        Assert.Empty(removed.AppliedStatements);
        Assert.Contains("weight", await ColumnsAsync("gadgets"));
        Assert.Contains("category", await ColumnsAsync("gadgets"));

        var retyped = await Step<GadgetV5>(async db => Assert.Equal(2, await db.Express.CountAsync("GadgetV5")));
        Assert.Empty(retyped.AppliedStatements);
        var change = Assert.Single(retyped.PendingChanges);
        Assert.EndsWith("gadgets.weight", change.Path, StringComparison.Ordinal);
        Assert.Contains("dataflow migrations add", change.Command, StringComparison.Ordinal);

        var renamed = await Step<GadgetV6>(async db => Assert.Equal(2, await db.Express.CountAsync("GadgetV6")));
        Assert.Empty(renamed.AppliedStatements);
        Assert.Contains(renamed.PendingChanges, c => c.Description.Contains("rename", StringComparison.Ordinal));
        Assert.DoesNotContain("title", await ColumnsAsync("gadgets"));
        Assert.Equal(ddl, await DdlCountAsync());
        await AssertRowsAsync();
        Assert.Equal(7, await ScalarAsync("SELECT weight FROM gadgets WHERE id = 1"));
    }

    [Fact]
    public async Task A_not_null_field_without_default_is_refused_on_a_table_with_rows_once()
    {
        await Step<GadgetV1>(db => db.Express.CreateAsync("GadgetV1", new { name = "lamp" }));
        var ddl = await DdlCountAsync();

        await using var db = Open();
        db.Model<GadgetStrict>();
        var first = await Assert.ThrowsAsync<DataFlowException>(() => db.Express.CountAsync("GadgetStrict"));
        Assert.Equal("DF-AUTO-001", first.Code);
        Assert.Contains("give it a default (for example `= \"active\"`) or make it nullable", first.Message, StringComparison.Ordinal);
        var second = await Assert.ThrowsAsync<DataFlowException>(() => db.Express.CountAsync("GadgetStrict"));
        Assert.Equal("DF-AUTO-004", second.Code);
        Assert.Equal(ddl, await DdlCountAsync());
        Assert.DoesNotContain("stock", await ColumnsAsync("gadgets"));
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM gadgets"));
    }

    [Fact]
    public async Task A_not_null_field_without_default_is_added_to_an_empty_table_and_streaming_waits_for_the_migration()
    {
        await Step<GadgetV1>(_ => Task.CompletedTask);
        await using var db = Open();
        db.Model<GadgetStrict>();
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        await foreach (var row in db.Express.StreamAsync("GadgetStrict"))
        {
            rows.Add(row);
        }

        Assert.Empty(rows);
        Assert.Contains("stock", await ColumnsAsync("gadgets"));
        var created = await db.Express.For<GadgetStrict>().CreateAsync(new GadgetStrict { Name = "lamp", Stock = 3 });
        Assert.Equal(3, created.Stock);
    }

    [Fact]
    public async Task With_auto_migrate_off_a_missing_table_is_an_error_at_first_use_and_nothing_is_created()
    {
        var ddl = await DdlCountAsync();
        await using var db = Open(autoMigrate: false);
        db.Model<Widget>();
        var error = await Assert.ThrowsAsync<DataFlowException>(() => db.Express.CountAsync("Widget"));
        Assert.Equal("DF-AUTO-002", error.Code);
        Assert.Contains("widgets", error.Message, StringComparison.Ordinal);
        Assert.Equal(ddl, await DdlCountAsync());
        Assert.Empty(await ColumnsAsync("widgets"));
    }

    [Fact]
    public async Task In_existing_schema_mode_a_missing_table_is_reported_at_registration()
    {
        var ddl = await DdlCountAsync();
        await using var db = Open(existingSchema: true);
        var error = Assert.Throws<DataFlowException>(() => db.Model<Widget>());
        Assert.Equal("DF-AUTO-003", error.Code);
        Assert.Contains("table not found; schema changes are blocked in existing-schema mode", error.Message, StringComparison.Ordinal);
        Assert.Equal(ddl, await DdlCountAsync());
    }

    [Fact]
    public async Task A_second_model_with_a_unique_column_gets_its_table_and_constraint()
    {
        await using var db = Open();
        db.Model<Maker>();
        db.Model<Widget>();
        var result = await db.MigrateAsync();
        Assert.NotEmpty(result.AppliedStatements);
        await db.Express.CreateAsync("Maker", new { email = "a@example.com" });
        await Assert.ThrowsAnyAsync<DataFlowException>(() => db.Express.CreateAsync("Maker", new { email = "a@example.com" }));
        Assert.Equal("plain", (await db.Express.For<Widget>().CreateAsync(new Widget())).Label);
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM dataflow_migrations WHERE kind = 'auto'"));
    }

    private async Task<DataFlow.CodeFirst.AutoMigration.AutoMigrationResult> Step<T>(Func<DataFlowDb, Task> work)
        where T : class
    {
        await using var db = Open();
        db.Model<T>();
        var result = await db.MigrateAsync();
        await work(db);
        return result;
    }

    private async Task AssertRowsAsync()
    {
        Assert.Equal(2, await ScalarAsync("SELECT count(*) FROM gadgets"));
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM gadgets WHERE id = 1 AND name = 'lamp'"));
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM gadgets WHERE id = 2 AND name = 'desk'"));
    }
}
