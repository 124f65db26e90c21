using DataFlow.Schema;
using DataFlow.Snapshots;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Cli;

/// <summary>
/// The CLI end to end against real databases: sample → discover on SQLite, and discover on PostgreSQL.
/// These need the SQLite and PostgreSQL dialects (introspection); they fail until those are merged.
/// </summary>
public class DiscoverCommandIntegrationTests
{
    private static readonly string[] SampleTables =
        ["audit_log", "categories", "customers", "order_items", "orders", "product_tags", "products", "reviews"];

    [Fact]
    public async Task Sample_then_discover_lists_every_sample_table_the_view_and_the_trigger_warning()
    {
        using var folder = new TempFolder();
        var url = await CreateSampleAsync(folder);

        var result = await CliRun.PublicAsync("discover", "--url", url);

        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var table in SampleTables)
        {
            Assert.Contains(table, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("order_totals", result.Out, StringComparison.Ordinal);
        Assert.Contains("trg_orders_audit", result.Out, StringComparison.Ordinal);
        Assert.Contains("FK", result.Out, StringComparison.Ordinal);
        Assert.Contains("→ categories (id) on delete set null", result.Out, StringComparison.Ordinal);
        Assert.Contains("8 tables, ", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 view, ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_of_the_sample_parses_and_holds_the_model_features_it_exercises()
    {
        using var folder = new TempFolder();
        var url = await CreateSampleAsync(folder);

        var result = await CliRun.PublicAsync("discover", "--url", url, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var schema = SchemaSnapshot.FromJson(result.Out, "stdout");
        Assert.Equal("sqlite", schema.Dialect);
        Assert.Equal(SampleTables, schema.Tables.Select(t => t.Name));
        Assert.Equal(["order_id", "product_id"], Table(schema, "order_items").PrimaryKey!.Columns);
        Assert.Null(Table(schema, "audit_log").PrimaryKey);
        Assert.Equal(IdentityKind.AutoIncrement, Table(schema, "customers").FindColumn("id")!.Identity);
        Assert.Equal(GeneratedKind.Stored, Table(schema, "order_items").FindColumn("line_total")!.Generated);
        Assert.Equal(GeneratedKind.Virtual, Table(schema, "customers").FindColumn("full_name")!.Generated);
        var selfReference = Assert.Single(Table(schema, "categories").ForeignKeys);
        Assert.Equal("categories", selfReference.PrincipalTable);
        Assert.Equal(ReferentialAction.SetNull, selfReference.OnDelete);
        Assert.Contains(Table(schema, "orders").ForeignKeys, f => f.OnDelete == ReferentialAction.Cascade && f.OnUpdate == ReferentialAction.Cascade);
        Assert.NotNull(Table(schema, "orders").Indexes.Single(i => i.Name == "ix_orders_open").Predicate);
        Assert.Contains(Table(schema, "customers").Indexes.Single(i => i.Name == "ix_customers_email_lower").Keys, k => k.Expression is not null);
        Assert.Contains(Table(schema, "products").UniqueConstraints, u => u.Columns.SequenceEqual(["sku"]));
        Assert.NotEmpty(Table(schema, "reviews").CheckConstraints);
        Assert.Equal("order_totals", Assert.Single(schema.Views).Name);
        Assert.Contains(schema.Warnings, w => w.ObjectKind == "trigger" && w.ObjectName!.Contains("trg_orders_audit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Out_snapshot_equals_a_fresh_discovery()
    {
        using var folder = new TempFolder();
        var url = await CreateSampleAsync(folder);
        var path = folder.File("shop.schema.json");

        var result = await CliRun.PublicAsync("discover", "--url", url, "--out", path);

        Assert.True(result.ExitCode == 0, result.Error);
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, AutoMigrate = false, ExistingSchemaMode = true });
        var fresh = await db.DiscoverSchemaAsync();
        Assert.Equal(fresh, await SchemaSnapshot.ReadAsync(path));
        Assert.Equal(SchemaSnapshot.ToJson(fresh), await File.ReadAllTextAsync(path));
        Assert.Contains("schema hash " + SchemaSnapshot.ComputeHash(fresh), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_and_exclude_filters_choose_what_is_discovered()
    {
        using var folder = new TempFolder();
        var url = await CreateSampleAsync(folder);

        var result = await CliRun.PublicAsync("discover", "--url", url, "--table", "order*", "--exclude", "order_totals", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var schema = SchemaSnapshot.FromJson(result.Out);
        Assert.Equal(["order_items", "orders"], schema.Tables.Select(t => t.Name));
        Assert.Empty(schema.Views);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_is_a_warning_and_exits_0()
    {
        using var folder = new TempFolder();
        var url = await CreateSampleAsync(folder);

        var result = await CliRun.PublicAsync("discover", "--url", url, "--table", "no_such_table*");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 tables, ", result.Out, StringComparison.Ordinal);
        Assert.Contains("DF-DISC-100", result.Out, StringComparison.Ordinal);
        Assert.Contains("no_such_table*", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_discover_reads_the_chosen_schema()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            await database.ExecuteAsync("""
                CREATE SCHEMA sales;
                CREATE TYPE sales.order_status AS ENUM ('open', 'paid');
                CREATE TABLE sales.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email varchar(255) NOT NULL UNIQUE);
                CREATE TABLE sales.orders (
                    id serial PRIMARY KEY,
                    customer_id bigint NOT NULL REFERENCES sales.customers (id) ON DELETE CASCADE,
                    status sales.order_status NOT NULL DEFAULT 'open');
                CREATE TABLE public.other (id int PRIMARY KEY);
                """);

            var report = await CliRun.PublicAsync("discover", "--url", database.Url, "--schema", "sales");
            var json = await CliRun.PublicAsync("discover", "--url", database.Url, "--schema", "sales", "--json");

            Assert.True(report.ExitCode == 0, report.Error);
            Assert.Contains("sales.customers", report.Out, StringComparison.Ordinal);
            Assert.Contains("→ sales.customers (id) on delete cascade", report.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("public.other", report.Out, StringComparison.Ordinal);
            Assert.Contains("2 tables, ", report.Out, StringComparison.Ordinal);
            Assert.True(json.ExitCode == 0, json.Error);
            var schema = SchemaSnapshot.FromJson(json.Out);
            Assert.Equal("postgresql", schema.Dialect);
            Assert.Equal(["sales.customers", "sales.orders"], schema.Tables.Select(t => t.QualifiedName));
            Assert.Equal(["open", "paid"], Assert.Single(schema.Enums).Values);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task<string> CreateSampleAsync(TempFolder folder)
    {
        var path = folder.File("shop.db");
        var result = await CliRun.PublicAsync("sample", "--out", path);
        Assert.True(result.ExitCode == 0, result.Error);
        return "sqlite:///" + path;
    }

    private static Table Table(DatabaseSchema schema, string name) =>
        schema.FindTable(name) ?? throw new Xunit.Sdk.XunitException($"table {name} was not discovered");
}
