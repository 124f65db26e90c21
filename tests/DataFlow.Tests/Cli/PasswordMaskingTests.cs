namespace DataFlow.Tests.Cli;

/// <summary>A password given in any form never appears in anything the CLI prints or writes.</summary>
public class PasswordMaskingTests
{
    private const string Password = "Sup3rSecret42";

    [Theory]
    [InlineData("discover", "--url", "mysql://admin:" + Password + "@h/db")]
    [InlineData("discover", "--url", "mysql://admin:" + Password + "@h/db", "--verbose")]
    [InlineData("discover", "--url", "postgresql://admin:" + Password + "@h:notaport/db", "--verbose")]
    [InlineData("discover", "--url", "postgresql://admin:" + Password + "@h/db?sslmode=sometimes", "--verbose")]
    [InlineData("discover", "--url", "postgres://admin:" + Password + "@h/db?bogus=1", "--verbose")]
    [InlineData("discover", "postgresql://admin:" + Password + "@h/db")]
    [InlineData("discover", "--url", "postgresql://admin:" + Password + "@h/db", "--no-such-option")]
    [InlineData("discover", "--url", "Host=h;Username=admin;Password=" + Password + ";Bogus", "--verbose")]
    public async Task Errors_never_show_the_password(params string[] args)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.NotEqual(string.Empty, result.Error);
        Assert.DoesNotContain(Password, result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_discovery_of_an_unreachable_server_never_shows_the_password()
    {
        // Real discovery: port 1 refuses the connection (or, before the PostgreSQL dialect exists, it throws).
        var result = await CliRun.RunAsync("discover", "--url", $"postgresql://admin:{Password}@127.0.0.1:1/db?connect_timeout=3", "--verbose");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(Password, result.AllOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--url", "postgresql://admin:" + Password + "@db.example.com:5432/shop")]
    [InlineData("--url=postgresql://admin:" + Password + "@db.example.com:5432/shop")]
    [InlineData("--url", "postgresql://admin@db.example.com:5432/shop?password=" + Password)]
    [InlineData("--url", "Host=db.example.com;Database=shop;Username=admin;Password=" + Password)]
    public async Task Successful_output_in_every_mode_shows_only_the_masked_url(params string[] urlArgs)
    {
        var source = new FakeSchemaSource(HandBuiltSchemas.Shop());
        using var folder = new TempFolder();
        var snapshot = folder.File("s.json");

        var report = await CliRun.RunAsync(source, null, ["discover", .. urlArgs, "--verbose"]);
        var json = await CliRun.RunAsync(source, null, ["discover", .. urlArgs, "--json", "--verbose"]);
        var written = await CliRun.RunAsync(source, null, ["discover", .. urlArgs, "--out", snapshot, "--verbose"]);

        foreach (var result in new[] { report, json, written })
        {
            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain(Password, result.AllOutput, StringComparison.Ordinal);
        }

        Assert.Contains("***", report.Out, StringComparison.Ordinal);
        Assert.Contains("db.example.com", report.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, await File.ReadAllTextAsync(snapshot), StringComparison.Ordinal);
        Assert.Contains(Password, source.Url, StringComparison.Ordinal); // only output is masked; the connection gets the real URL
    }

    [Fact]
    public async Task A_password_from_DATABASE_URL_is_masked_too()
    {
        var source = new FakeSchemaSource(HandBuiltSchemas.Shop());

        var result = await CliRun.RunAsync(source, $"postgresql://admin:{Password}@envhost/db", "discover", "--verbose");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("postgresql://admin:***@envhost/db", result.AllOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.AllOutput, StringComparison.Ordinal);
    }
}
