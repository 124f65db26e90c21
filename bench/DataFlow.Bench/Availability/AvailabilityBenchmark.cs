using System.Diagnostics;
using DataFlow.Bench.Databases;
using DataFlow.Safety;
using Npgsql;

namespace DataFlow.Bench.Availability;

/// <summary>
/// Adds a NOT NULL column with a computed backfill and an index to a large PostgreSQL table under a concurrent writer
/// load, twice in one run: (a) through NotNullColumnHandler and CREATE INDEX CONCURRENTLY; (b) naively, one
/// <c>ALTER TABLE … ADD COLUMN … NOT NULL DEFAULT &lt;volatile&gt;</c> and a plain CREATE INDEX. Reports the longest
/// writer stall and the total time of each.
/// </summary>
internal sealed class AvailabilityBenchmark(AvailabilityBenchOptions options)
{
    private const string Database = "bench_availability";

    private readonly Stopwatch _clock = new();
    private readonly List<(double At, string What)> _events = [];

    private void Mark(string what)
    {
        lock (_events)
        {
            _events.Add((_clock.Elapsed.TotalMilliseconds, what));
        }
    }

    public async Task RunAsync()
    {
        var server = new Uri(options.PostgresUrl);
        var connectionString = PostgresBenchDatabases.ConnectionString(server, Database);
        var url = server.GetLeftPart(UriPartial.Authority) + "/" + Database;
        Console.WriteLine($"load before: {LoadAverage()}; {options.Rows:N0} rows, {options.Writers} writers, a statement every {options.PauseMilliseconds} ms each");
        var safe = await MeasureAsync(server, connectionString, "a) NotNullColumnHandler + CREATE INDEX CONCURRENTLY", () => SafeAsync(url));
        var naive = await MeasureAsync(server, connectionString, "b) naive ALTER TABLE … NOT NULL DEFAULT volatile + CREATE INDEX", () => NaiveAsync(connectionString));
        Console.WriteLine($"load after: {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Way | Total time | Longest writer stall | p99 writer latency | Statements > 200 ms | Writer statements |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, elapsed, stats) in new[] { safe, naive })
        {
            Console.WriteLine($"| {name} | {elapsed.TotalSeconds:0.0} s | {stats.LongestMs:0} ms | {stats.P99Ms:0.0} ms | {stats.Over200Ms} | {stats.Statements:N0} |");
        }
    }

    private async Task<(string, TimeSpan, WriterStats)> MeasureAsync(Uri server, string connectionString, string name, Func<Task> change)
    {
        await PrepareAsync(server, connectionString);
        _events.Clear();
        _clock.Restart();
        var load = new WriterLoad(connectionString, options.Writers, options.Rows, options.PauseMilliseconds, _clock);
        load.Start();
        await Task.Delay(1000);
        var started = _clock.Elapsed;
        await change();
        var elapsed = _clock.Elapsed - started;
        await Task.Delay(1000);
        var stats = await load.StopAsync(started.TotalMilliseconds);
        Console.WriteLine($"{name}: {elapsed.TotalSeconds:0.0} s, longest stall {stats.LongestMs:0} ms");
        foreach (var (at, ms) in stats.Worst)
        {
            var during = _events.LastOrDefault(e => e.At <= at).What ?? "before the change";
            Console.WriteLine($"  stall {ms:0} ms at {at / 1000:0.00} s, during: {during}");
        }
        return (name, elapsed, stats);
    }

    private async Task SafeAsync(string url)
    {
        await using var db = new DataFlowDb(url);
        var handler = new NotNullColumnHandler(db, new NotNullOptions { BatchSize = options.BatchSize });
        var plan = await handler.PlanAsync(new NotNullColumnRequest
        {
            Table = "accounts", Column = "score", Type = "integer", Default = NotNullDefault.Computed("amount * 2 + 1"), NewRowsDefault = 0,
        });
        var result = await handler.ExecuteAsync(plan, new Sync(p =>
        {
            if (!p.Message.StartsWith("batch", StringComparison.Ordinal) || p.Rows % 500_000 < options.BatchSize)
            {
                Mark(p.Step + ": " + p.Message);
            }
        }));
        Console.WriteLine($"  handler: {result.RowsBackfilled:N0} rows backfilled, {result.LockRetries} lock retries");
        await using var session = await db.Data.OpenAsync();
        Mark("CREATE INDEX CONCURRENTLY");
        await db.SchemaChanges.ExecuteAsync(session, "CREATE INDEX CONCURRENTLY ix_accounts_score ON accounts (score)", "benchmark index");
    }

    private async Task NaiveAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        Mark("ALTER TABLE ADD COLUMN NOT NULL DEFAULT volatile");
        await Execute(connection, "ALTER TABLE accounts ADD COLUMN score integer NOT NULL DEFAULT (random() * 1000)::integer");
        Mark("CREATE INDEX");
        await Execute(connection, "CREATE INDEX ix_accounts_score ON accounts (score)");
    }

    private async Task PrepareAsync(Uri server, string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(PostgresBenchDatabases.ConnectionString(server, "postgres")))
        {
            await admin.OpenAsync();
            await Execute(admin, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
            await Execute(admin, $"CREATE DATABASE {Database}");
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, "CREATE TABLE accounts (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, amount integer NOT NULL, note text)");
        await Execute(connection, $"INSERT INTO accounts (amount, note) SELECT g % 1000, 'n' || g FROM generate_series(1, {options.Rows}) g");
        await Execute(connection, $"SELECT setval(pg_get_serial_sequence('accounts', 'id'), {options.Rows})");
        await Execute(connection, "VACUUM ANALYZE accounts");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A progress sink called on the reporting thread (Progress&lt;T&gt; would post it later).</summary>
    private sealed class Sync(Action<NotNullProgress> action) : IProgress<NotNullProgress>
    {
        public void Report(NotNullProgress value) => action(value);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
