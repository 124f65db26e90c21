using System.Diagnostics;
using System.Text.Json;
using DataFlow.Dialects.Sqlite;
using DataFlow.Tests.Cli;

namespace DataFlow.Tests.Migrations;

/// <summary>
/// Real OS processes running the built <c>dataflow</c> CLI against one database: two started together apply each
/// file exactly once and one reports that it waited; a process killed (SIGKILL) while holding the SQLite lock does
/// not leave it stuck.
/// </summary>
public sealed class ConcurrentMigrateTests : IAsyncLifetime
{
    private const string Users = "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);\n";
    private const string Orders = "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n";
    private readonly PostgresMigrationDatabase _postgres = new();

    public Task InitializeAsync() => _postgres.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _postgres.DisposeAsync();
        _postgres.Dispose();
    }

    [Fact]
    public async Task Two_processes_started_together_apply_each_file_once_on_sqlite()
    {
        using var sqlite = new SqliteMigrationDatabase();
        await TwoProcessesAsync(sqlite, "CREATE TABLE burn AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 12000000) SELECT sum(x) AS s FROM c;\n");
    }

    [Fact]
    public async Task Two_processes_started_together_apply_each_file_once_on_postgres() =>
        await TwoProcessesAsync(_postgres, "SELECT pg_sleep(3);\n");

    [Fact]
    public async Task A_process_killed_while_holding_the_sqlite_lock_does_not_leave_it_stuck()
    {
        using var sqlite = new SqliteMigrationDatabase();
        File.WriteAllText(Path.Combine(sqlite.Folder, "001_users.sql"), Users);
        var slow = Path.Combine(sqlite.Folder, "002_slow.sql");
        File.WriteAllText(slow, "CREATE TABLE burn AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) SELECT sum(x) AS s FROM c;\n");
        var holderFile = SqliteMigrationDialect.LockPath(sqlite.FilePath) + ".holder";

        using var victim = Start("migrate", "--url", sqlite.Url, "--dir", sqlite.Folder);
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(holderFile) && File.ReadAllText(holderFile).Contains($"process {victim.Id} ", StringComparison.Ordinal)))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the CLI process never took the lock");
            Assert.False(victim.HasExited, "the CLI process ended before it was killed");
            await Task.Delay(20);
        }

        await Task.Delay(500);
        victim.Kill();
        await victim.WaitForExitAsync();
        File.WriteAllText(slow, Orders);
        var next = await CliRun.RunAsync("migrate", "--url", sqlite.Url, "--dir", sqlite.Folder, "--lock-timeout", "5", "--json");

        Assert.True(next.ExitCode == 0, next.AllOutput);
        using var json = JsonDocument.Parse(next.Out);
        Assert.False(json.RootElement.GetProperty("lock").GetProperty("waited").GetBoolean());
        Assert.Equal(["1", "2"], await sqlite.ColumnAsync("SELECT version FROM dataflow_migrations WHERE status = 'completed' ORDER BY version"));
        Assert.False(await sqlite.TableExistsAsync("burn"));
        Assert.True(await sqlite.TableExistsAsync("orders"));
    }

    private static async Task TwoProcessesAsync(IMigrationTestDatabase database, string slowSql)
    {
        File.WriteAllText(Path.Combine(database.Folder, "001_users.sql"), Users);
        File.WriteAllText(Path.Combine(database.Folder, "002_slow.sql"), slowSql);
        File.WriteAllText(Path.Combine(database.Folder, "003_orders.sql"), Orders);
        string[] arguments = ["migrate", "--url", database.Url, "--dir", database.Folder, "--json"];

        using var one = Start(arguments);
        using var two = Start(arguments);
        var results = await Task.WhenAll(CollectAsync(one), CollectAsync(two));

        foreach (var (exit, stdout, stderr) in results)
        {
            Assert.True(exit == 0, stderr + stdout);
        }

        var documents = results.Select(r => JsonDocument.Parse(r.Stdout).RootElement).ToList();
        var waited = documents.Where(d => d.GetProperty("lock").GetProperty("waited").GetBoolean()).ToList();
        var waiter = Assert.Single(waited);
        Assert.Empty(waiter.GetProperty("applied").EnumerateArray());
        Assert.Contains(database.IsPostgres ? "application 'dataflow migrate pid " : "process ", waiter.GetProperty("lock").GetProperty("holder").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, documents.Sum(d => d.GetProperty("applied").GetArrayLength()));
        Assert.Contains(results, r => r.Stderr.Contains("Waiting for the migration lock", StringComparison.Ordinal));
        Assert.Equal(["1", "2", "3"], await database.ColumnAsync("SELECT version FROM dataflow_migrations ORDER BY id"));
    }

    private static Process Start(params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "DataFlow.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("DATABASE_URL");
        return Process.Start(start)!;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> CollectAsync(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
