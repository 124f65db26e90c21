using System.Diagnostics;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Cli;

/// <summary><c>dataflow watch</c> as a real process: Ctrl+C (SIGINT) stops it cleanly with exit 0.</summary>
public class WatchProcessTests
{
    [Fact]
    public async Task Sigint_stops_watching_with_exit_code_0()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);");
        using var folder = new TempFolder();
        var cli = typeof(DataFlow.Cli.CliApp).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath!, ["exec", cli, "watch", "--url", db.Url, "--out", folder.Path, "--interval", "100ms"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            await StopWithSigintAsync(process, folder);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private static async Task StopWithSigintAsync(Process process, TempFolder folder)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        string? line;
        do
        {
            line = await process.StandardOutput.ReadLineAsync(limit.Token);
        }
        while (line is not null && !line.StartsWith("Watching ", StringComparison.Ordinal));

        Assert.NotNull(line);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync(limit.Token);
        }

        await process.WaitForExitAsync(limit.Token);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Stopped watching.", await stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Path, "Generated", "User.cs")));
    }
}
