namespace DataFlow.Tests.Cli;

/// <summary>Errors that happen before discovery: they pass without any dialect.</summary>
public class DiscoverErrorTests
{
    [Fact]
    public async Task Unknown_scheme_exits_1_with_DF_URL_002_and_a_hint_but_no_stack_trace()
    {
        var result = await CliRun.RunAsync("discover", "--url", "mysql://u@h/db");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-URL-002: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("  hint: Use sqlite:///", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Verbose_adds_the_exception_type_and_stack_trace()
    {
        var result = await CliRun.RunAsync("discover", "--url", "mysql://u@h/db", "--verbose");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-URL-002: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("DataFlow.DataFlowConfigurationException: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("   at DataFlow.Connections.DatabaseUrl.Parse", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://u:p@h:notaport/db", "DF-URL-001")]
    [InlineData("sqlite://relative.db", "DF-URL-001")]
    [InlineData("postgresql://u@h/db?frobnicate=1", "DF-URL-004")]
    [InlineData("Foo=bar;Baz=1", "DF-URL-005")]
    public async Task Malformed_urls_exit_1_with_their_code(string url, string code)
    {
        var result = await CliRun.RunAsync("discover", "--url", url);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(code + ": ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_url_and_no_DATABASE_URL_is_DF_URL_003()
    {
        var source = new FakeSchemaSource(HandBuiltSchemas.Empty());

        var result = await CliRun.RunAsync(source, null, "discover");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-URL-003: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, source.Calls);
    }

    [Fact]
    public async Task DATABASE_URL_is_used_when_url_is_not_given()
    {
        var source = new FakeSchemaSource(HandBuiltSchemas.Empty());

        var result = await CliRun.RunAsync(source, "postgresql://env-host/envdb", "discover");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("postgresql://env-host/envdb", source.Url);
        Assert.Equal("env-host", source.Target!.Host);
    }

    [Fact]
    public async Task Url_option_wins_over_DATABASE_URL()
    {
        var source = new FakeSchemaSource(HandBuiltSchemas.Empty());

        var result = await CliRun.RunAsync(source, "postgresql://env-host/envdb", "discover", "--url", "postgresql://given/db");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("given", source.Target!.Host);
    }

    [Fact]
    public async Task Missing_sqlite_file_is_DF_CONN_003_and_the_file_is_not_created()
    {
        using var folder = new TempFolder();
        var path = folder.File("missing.db");

        var result = await CliRun.RunAsync("discover", "--url", "sqlite:///" + path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-CONN-003: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Missing_sqlite_file_in_a_connection_string_is_DF_CONN_003_too()
    {
        using var folder = new TempFolder();
        var path = folder.File("missing.db");

        var result = await CliRun.RunAsync("discover", "--url", "Data Source=" + path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-CONN-003: ", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Out_into_a_missing_folder_is_refused_before_discovery()
    {
        using var folder = new TempFolder();
        var source = new FakeSchemaSource(HandBuiltSchemas.Empty());

        var result = await CliRun.RunAsync(source, null, "discover", "--url", "postgresql://h/db", "--out", folder.File("no/such/dir/s.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-OPT-001: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, source.Calls);
    }

    [Fact]
    public async Task An_unexpected_exception_is_reported_briefly_and_in_full_with_verbose()
    {
        var source = new ThrowingSchemaSource(new InvalidOperationException("boom"));

        var brief = await CliRun.RunAsync(source, null, "discover", "--url", "postgresql://h/db");
        var verbose = await CliRun.RunAsync(source, null, "discover", "--url", "postgresql://h/db", "--verbose");

        Assert.Equal(1, brief.ExitCode);
        Assert.StartsWith("error: boom (InvalidOperationException)", brief.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", brief.Error, StringComparison.Ordinal);
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains("System.InvalidOperationException: boom", verbose.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_DataFlow_error_from_discovery_keeps_its_inner_error_for_verbose()
    {
        var inner = new TimeoutException("server said nothing");
        var source = new ThrowingSchemaSource(DataFlowErrors.Timeout("postgresql://h/db", inner));

        var result = await CliRun.RunAsync(source, null, "discover", "--url", "postgresql://h/db", "-v");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\nDF-CONN-006: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("System.TimeoutException: server said nothing", result.Error, StringComparison.Ordinal);
    }
}
