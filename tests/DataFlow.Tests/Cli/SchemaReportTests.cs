using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Schema;

namespace DataFlow.Tests.Cli;

/// <summary>The human-readable report of a hand-built schema.</summary>
public class SchemaReportTests
{
    [Fact]
    public async Task Report_lists_every_table_with_its_columns_types_and_markers()
    {
        var report = await RenderThroughCliAsync(HandBuiltSchemas.Shop());

        Assert.Contains("Tables (4)", report, StringComparison.Ordinal);
        foreach (var name in new[] { "public.customers", "public.order_items", "public.orders", "public.event_log" })
        {
            Assert.Contains(name, report, StringComparison.Ordinal);
        }

        Assert.Matches(@"email\s+│?\s*character varying\(255\)\s+│?\s*string\(255\)\s+│?\s*not null", report);
        Assert.Matches(@"tags\s+│?\s*text\[\]\s+│?\s*array of string\s+│?\s*null\s+│?\s*'\{\}'::text\[\]", report);
        Assert.Contains("enum public.customer_status", report, StringComparison.Ordinal);
        Assert.Contains("PK; identity always", report, StringComparison.Ordinal);
        Assert.Contains("PK; serial", report, StringComparison.Ordinal);
        Assert.Contains("generated stored: ((quantity)::numeric * unit_price)", report, StringComparison.Ordinal);
        Assert.Contains("-- free [tags]", report, StringComparison.Ordinal);
        Assert.Contains("-- People who buy", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_shows_keys_constraints_and_indexes()
    {
        var report = await RenderThroughCliAsync(HandBuiltSchemas.Shop());

        Assert.Contains("PK order_items_pkey (order_id, product_sku)", report, StringComparison.Ordinal);
        Assert.Contains("FK order_items_order_id_fkey (order_id) → public.orders (id) on delete cascade", report, StringComparison.Ordinal);
        Assert.Contains("FK orders_customer_id_fkey (customer_id) → public.customers (id) on delete restrict on update cascade deferrable", report, StringComparison.Ordinal);
        Assert.Contains("UNIQUE customers_email_key (email)", report, StringComparison.Ordinal);
        Assert.Contains("CHECK customers_email_check: email ~ '^[^@]+@[^@]+$'", report, StringComparison.Ordinal);
        Assert.Contains("CHECK order_items_quantity_check: quantity > 0 (not valid)", report, StringComparison.Ordinal);
        Assert.Contains("INDEX ix_customers_email_lower (lower((email)::text)) unique", report, StringComparison.Ordinal);
        Assert.Contains("INDEX ix_orders_recent (customer_id, ordered_at desc) where (ordered_at >", report, StringComparison.Ordinal);
        Assert.Contains("no primary key", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_lists_views_enums_domains_and_sequences_after_the_tables()
    {
        var report = await RenderThroughCliAsync(HandBuiltSchemas.Shop());

        var tables = report.IndexOf("Tables (4)", StringComparison.Ordinal);
        var views = report.IndexOf("Views (2)", StringComparison.Ordinal);
        var enums = report.IndexOf("Enums (1)", StringComparison.Ordinal);
        var domains = report.IndexOf("Domains (1)", StringComparison.Ordinal);
        var sequences = report.IndexOf("Sequences (2)", StringComparison.Ordinal);
        Assert.True(tables >= 0 && tables < views && views < enums && enums < domains && domains < sequences, report);
        Assert.Matches(@"public\.daily_sales\s+│?\s*materialized", report);
        Assert.Matches(@"public\.customer_status\s+│?\s*active, blocked", report);
        Assert.Contains("VALUE > 0", report, StringComparison.Ordinal);
        Assert.Contains("1000", report, StringComparison.Ordinal);
        Assert.Contains("public.orders.id", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_are_grouped_by_kind_with_a_count_and_the_first_names()
    {
        var report = await RenderThroughCliAsync(HandBuiltSchemas.Shop(triggerWarnings: 12));

        Assert.Contains("Warnings (14)", report, StringComparison.Ordinal);
        // The line wraps at the console width, so check its start and its end.
        Assert.Contains("DF-DISC-101  12 triggers: public.trg_01, public.trg_02, public.trg_03,", report, StringComparison.Ordinal);
        Assert.Contains("public.trg_10, … (2 more)", report, StringComparison.Ordinal);
        Assert.DoesNotContain("public.trg_11", report, StringComparison.Ordinal);
        Assert.Contains("DF-DISC-101  policy public.customers.own_rows: Row-level security policies are not represented.", report, StringComparison.Ordinal);
        Assert.Contains("DF-DISC-100  The table pattern 'nothing*' matched no table or view.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_lists_every_warning_by_name()
    {
        var report = await RenderThroughCliAsync(HandBuiltSchemas.Shop(triggerWarnings: 12), "--verbose");

        Assert.Contains("DF-DISC-101  12 triggers:", report, StringComparison.Ordinal);
        Assert.Contains("public.trg_12: Triggers are not represented in the schema model.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_line_counts_the_schema_and_ends_the_report()
    {
        var report = await RenderThroughCliAsync(HandBuiltSchemas.Shop());

        var last = report.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^4 tables, 13 columns, 2 FKs, 2 indexes, 2 views, 5 warnings in \d+ ms \(postgresql://reader:\*\*\*@db\.example\.com/shop\)$", last);
    }

    [Fact]
    public void Names_and_expressions_with_markup_characters_are_printed_literally()
    {
        var schema = new DatabaseSchema
        {
            Dialect = "sqlite",
            Tables = L(
                new Table
                {
                    Name = "[weird] table",
                    Columns = L(new Column { Name = "[bold]col[/]", Ordinal = 1, RawType = "TEXT", Type = LogicalType.String(), Default = "'[]'" }),
                    CheckConstraints = L(new CheckConstraint { Expression = "json_valid(\"[bold]col[/]\")" }),
                }
            ),
            Warnings = L(new SchemaWarning { Code = "DF-DISC-101", ObjectKind = "trigger", ObjectName = "[red]t[/]", Message = "[x]" }),
        };

        var report = Render(schema, verbose: false);

        Assert.Contains("[weird] table", report, StringComparison.Ordinal);
        Assert.Contains("[bold]col[/]", report, StringComparison.Ordinal);
        Assert.Contains("'[]'", report, StringComparison.Ordinal);
        Assert.Contains("CHECK json_valid(\"[bold]col[/]\")", report, StringComparison.Ordinal);
        Assert.Contains("trigger [red]t[/]: [x]", report, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_schema_renders_the_headings_and_summary_only()
    {
        var report = Render(HandBuiltSchemas.Empty(), verbose: false);

        Assert.Contains("Tables (0)", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Views", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Warnings", report, StringComparison.Ordinal);
        Assert.Contains("0 tables, 0 columns, 0 FKs, 0 indexes, 0 views, 0 warnings", report, StringComparison.Ordinal);
    }

    private static EquatableArray<T> L<T>(params T[] items) => new(items);

    private static async Task<string> RenderThroughCliAsync(DatabaseSchema schema, params string[] extra)
    {
        var result = await CliRun.RunAsync(new FakeSchemaSource(schema), null,
            ["discover", "--url", "postgresql://reader:pw123456@db.example.com/shop", .. extra]);
        Assert.Equal(0, result.ExitCode);
        return result.Out.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Render(DatabaseSchema schema, bool verbose)
    {
        using var writer = new StringWriter();
        var console = ConsoleFactory.Create(writer, isTerminal: false);
        SchemaReport.Render(console, schema, DiscoverySummary.From(schema, TimeSpan.FromMilliseconds(5), "sqlite:///x.db"), verbose);
        return writer.ToString();
    }
}
