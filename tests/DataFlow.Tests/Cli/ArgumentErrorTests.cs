namespace DataFlow.Tests.Cli;

public class ArgumentErrorTests
{
    [Theory]
    [InlineData("discover", "--bogus")]
    [InlineData("sample", "--bogus")]
    [InlineData("--bogus")]
    public async Task Unknown_option_exits_1_with_the_parser_message_on_stderr(params string[] args)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: Unrecognized command or argument '--bogus'", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Missing_option_value_exits_1()
    {
        var result = await CliRun.RunAsync("discover", "--url");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--url", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task No_command_exits_1()
    {
        var result = await CliRun.RunAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Required command was not provided", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_exits_1()
    {
        var result = await CliRun.RunAsync("frobnicate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'frobnicate'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_and_out_together_are_refused_before_discovery()
    {
        var source = new FakeSchemaSource(HandBuiltSchemas.Empty());

        var result = await CliRun.RunAsync(source, null, "discover", "--url", "postgresql://h/db", "--json", "--out", "x.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--json and --out cannot be combined", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, source.Calls);
        Assert.False(File.Exists("x.json"));
    }

    [Fact]
    public async Task An_unexpected_positional_argument_is_an_error()
    {
        var result = await CliRun.RunAsync("discover", "--url", "postgresql://h/a", "extra-positional");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("extra-positional", result.Error, StringComparison.Ordinal);
    }
}
