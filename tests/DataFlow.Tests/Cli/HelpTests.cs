namespace DataFlow.Tests.Cli;

public class HelpTests
{
    [Fact]
    public async Task Root_help_lists_the_commands_and_the_exit_codes()
    {
        var result = await CliRun.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dataflow [command] [options]", result.Out, StringComparison.Ordinal);
        Assert.Contains("discover", result.Out, StringComparison.Ordinal);
        Assert.Contains("sample", result.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.Out, StringComparison.Ordinal);
        Assert.Contains("2  diff/check: differences (drift) found", result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Discover_help_lists_every_option_and_the_exit_codes(string helpOption)
    {
        var result = await CliRun.RunAsync("discover", helpOption);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dataflow discover [options]", result.Out, StringComparison.Ordinal);
        foreach (var option in new[] { "--url", "--schema", "--table", "--exclude", "--include-dataflow-tables", "--json", "--out", "--verbose", "DATABASE_URL" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_help_lists_its_options_and_the_exit_codes()
    {
        var result = await CliRun.RunAsync("sample", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dataflow sample [options]", result.Out, StringComparison.Ordinal);
        Assert.Contains("--out", result.Out, StringComparison.Ordinal);
        Assert.Contains("--force", result.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_does_not_connect_or_need_a_url()
    {
        var source = new FakeSchemaSource(HandBuiltSchemas.Empty());

        var result = await CliRun.RunAsync(source, null, "discover", "--url", "mysql://nope", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, source.Calls);
    }

    [Fact]
    public async Task Version_prints_the_cli_version_and_nothing_else()
    {
        var result = await CliRun.PublicAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\r?\n$", result.Out);
        Assert.Equal(string.Empty, result.Error);
    }
}
