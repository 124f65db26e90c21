using DataFlow.Schema;
using DataFlow.Snapshots;

namespace DataFlow.Tests.Cli;

/// <summary>The discover command's output modes, with a hand-built schema in place of a database.</summary>
public class DiscoverOutputTests
{
    private const string Url = "postgresql://reader@db.example.com/shop";

    [Fact]
    public async Task Json_prints_exactly_the_snapshot_and_warnings_go_to_stderr()
    {
        var schema = HandBuiltSchemas.Shop();

        var result = await CliRun.RunAsync(new FakeSchemaSource(schema), null, "discover", "--url", Url, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SchemaSnapshot.ToJson(schema), result.Out);
        Assert.Equal(schema, SchemaSnapshot.FromJson(result.Out, "stdout"));
        Assert.Contains("warning DF-DISC-101: 3 triggers: public.trg_01, public.trg_02, public.trg_03", result.Error, StringComparison.Ordinal);
        Assert.Contains("warning DF-DISC-100: The table pattern 'nothing*' matched no table or view.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_with_verbose_keeps_diagnostics_off_stdout()
    {
        var schema = HandBuiltSchemas.Shop();

        var result = await CliRun.RunAsync(new FakeSchemaSource(schema), null, "discover", "--url", Url, "--json", "--verbose");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SchemaSnapshot.ToJson(schema), result.Out);
        Assert.Contains("database: postgresql://reader@db.example.com/shop (PostgreSql)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_of_a_schema_without_warnings_prints_nothing_on_stderr()
    {
        var schema = HandBuiltSchemas.Shop() with { Warnings = default };

        var result = await CliRun.RunAsync(new FakeSchemaSource(schema), null, "discover", "--url", Url, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(schema, SchemaSnapshot.FromJson(result.Out));
    }

    [Fact]
    public async Task Out_writes_the_snapshot_file_and_confirms_with_the_hash()
    {
        var schema = HandBuiltSchemas.Shop();
        using var folder = new TempFolder();
        var path = folder.File("schema.json");

        var result = await CliRun.RunAsync(new FakeSchemaSource(schema), null, "discover", "--url", Url, "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SchemaSnapshot.ToJson(schema), await File.ReadAllTextAsync(path));
        Assert.Equal(schema, await SchemaSnapshot.ReadAsync(path));
        Assert.Contains("Wrote snapshot " + path, result.Out, StringComparison.Ordinal);
        Assert.Contains("schema hash " + SchemaSnapshot.ComputeHash(schema), result.Out, StringComparison.Ordinal);
        Assert.Contains("4 tables, 13 columns", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Tables (", result.Out, StringComparison.Ordinal);
        Assert.Contains("warning DF-DISC-101", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_replaces_an_existing_snapshot()
    {
        using var folder = new TempFolder();
        var path = folder.File("schema.json");
        await File.WriteAllTextAsync(path, "old");

        var result = await CliRun.RunAsync(new FakeSchemaSource(HandBuiltSchemas.Empty()), null, "discover", "--url", Url, "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(HandBuiltSchemas.Empty(), await SchemaSnapshot.ReadAsync(path));
    }

    [Fact]
    public async Task Warnings_do_not_change_the_exit_code()
    {
        var schema = HandBuiltSchemas.Empty() with { Warnings = HandBuiltSchemas.TriggerWarnings(1).ToEquatableArray() };

        var result = await CliRun.RunAsync(new FakeSchemaSource(schema), null, "discover", "--url", Url);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Warnings (1)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_and_schemas_are_passed_to_discovery()
    {
        var source = new FakeSchemaSource(HandBuiltSchemas.Empty());

        var result = await CliRun.RunAsync(source, null, "discover", "--url", Url,
            "--schema", "sales", "-s", "hr", "--table", "order*", "-t", "customers", "--exclude", "*_log", "--include-dataflow-tables");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, source.Calls);
        Assert.Equal(["sales", "hr"], source.Options!.Schemas);
        Assert.Equal(["order*", "customers"], source.Options.IncludeTables);
        Assert.Equal(["*_log"], source.Options.ExcludeTables);
        Assert.True(source.Options.IncludeDataFlowTables);
        Assert.Null(source.Options.Progress); // stderr is not a terminal: no progress display
    }

    [Fact]
    public async Task Defaults_discover_everything_without_dataflow_tables()
    {
        var source = new FakeSchemaSource(HandBuiltSchemas.Empty());

        await CliRun.RunAsync(source, null, "discover", "--url", Url);

        Assert.Empty(source.Options!.Schemas);
        Assert.Empty(source.Options.IncludeTables);
        Assert.Empty(source.Options.ExcludeTables);
        Assert.False(source.Options.IncludeDataFlowTables);
    }

    [Fact]
    public async Task Verbose_prints_the_sqlite_engine_version_and_source_for_sqlite_urls()
    {
        using var folder = new TempFolder();
        var path = folder.File("exists.db");
        await File.WriteAllBytesAsync(path, []);

        var result = await CliRun.RunAsync(new FakeSchemaSource(HandBuiltSchemas.Empty()), null, "discover", "--url", "sqlite:///" + path, "--verbose");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"SQLite engine: 3\.\d+\.\d+ from (bundled|system \(.+\))", result.Error);
        Assert.DoesNotContain("SQLite engine", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_does_not_mention_sqlite_for_postgres_urls()
    {
        var result = await CliRun.RunAsync(new FakeSchemaSource(HandBuiltSchemas.Empty()), null, "discover", "--url", Url, "--verbose");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("dataflow ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", result.Error, StringComparison.Ordinal);
    }
}
