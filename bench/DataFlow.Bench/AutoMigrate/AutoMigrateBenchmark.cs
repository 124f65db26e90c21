using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace DataFlow.Bench.AutoMigrate;

/// <summary>
/// First use of 100 code-first models on PostgreSQL: against an empty database (creating everything) and against an
/// up-to-date one (the no-op check), side by side with EF Core's <c>Database.MigrateAsync()</c> on an up-to-date
/// database, in the same run. Each DataFlow run is a new <see cref="DataFlowDb"/> (no in-process cache carries over).
/// </summary>
internal sealed class AutoMigrateBenchmark(string serverUrl, int runs, string? r2rDirectory = null)
{
    public const string Usage = "automigrate [--pg-url URL] [--runs N] [--r2r DIR] [--cold-only]   first use of 100 models (empty / up to date, warm and fresh processes) vs EF Core MigrateAsync";

    public async Task<string> RunAsync()
    {
        var create = new List<double>();
        var noop = new List<double>();
        var ddlStatements = 0;
        for (var run = 0; run < runs; run++)
        {
            var name = "bench_automigrate_" + run;
            await RecreateAsync(name);
            var url = UrlFor(name);
            var clock = Stopwatch.StartNew();
            await using (var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url }))
            {
                BenchModels.Register(db);
                ddlStatements = (await db.MigrateAsync()).AppliedStatements.Count;
            }

            create.Add(clock.Elapsed.TotalMilliseconds);
            for (var again = 0; again < 5; again++)
            {
                clock.Restart();
                await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url });
                BenchModels.Register(db);
                var result = await db.MigrateAsync();
                noop.Add(clock.Elapsed.TotalMilliseconds);
                if (!result.UpToDate || result.AppliedStatements.Count > 0)
                {
                    throw new InvalidOperationException("the repeat run was not a no-op");
                }
            }
        }

        var ef = await EfCoreNoOpAsync();
        var cold = await ColdProcessesAsync();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"PostgreSQL, 100 models (6 columns each), {runs} fresh databases, 5 no-op runs after each (each a new `DataFlowDb`); median (min–max) ms.");
        report.AppendLine();
        report.AppendLine("| Case | Median ms | Min ms | Max ms | Target |");
        report.AppendLine("|---|---:|---:|---:|---|");
        report.AppendLine(Row($"DataFlow `MigrateAsync()`, empty database ({ddlStatements} DDL statements, one transaction)", create, "< 2000"));
        report.AppendLine(Row("DataFlow `MigrateAsync()`, up to date (no DDL), new `DataFlowDb` in a warm process", noop, "< 50"));
        report.AppendLine(Row("EF Core 10 `Database.MigrateAsync()`, up to date (first call in the benchmark process, model built)", [ef.First], "—"));
        report.AppendLine(Row("EF Core 10 `Database.MigrateAsync()`, up to date (later calls, model cached)", ef.Later, "—"));
        report.AppendLine();
        report.Append(cold);
        return report.ToString();
    }

    /// <summary>Only the fresh-process rows (<c>--cold-only</c>): prepares the two up-to-date databases, then runs the children.</summary>
    public async Task<string> RunColdOnlyAsync()
    {
        await RecreateAsync("bench_automigrate_0");
        await using (var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = UrlFor("bench_automigrate_0") }))
        {
            BenchModels.Register(db);
            await db.MigrateAsync();
        }

        await EfCoreNoOpAsync();
        return await ColdProcessesAsync();
    }

    /// <summary>
    /// The no-op check as a freshly started application sees it: each run a new process (<see cref="ColdChild"/>) per
    /// mode and per build (this JIT build, and the ReadyToRun build given with <c>--r2r DIR</c>), interleaved.
    /// </summary>
    private async Task<string> ColdProcessesAsync()
    {
        var builds = new List<(string Name, string Path)> { ("JIT", Environment.ProcessPath!) };
        if (r2rDirectory is not null)
        {
            builds.Add(("ReadyToRun", Path.Combine(r2rDirectory, "DataFlow.Bench")));
        }

        // The children's model cache: a folder of this run, filled by one untimed child per build (the first start of a build).
        var cache = Directory.CreateTempSubdirectory("dataflow-bench-model-cache");
        try
        {
            foreach (var (_, path) in builds)
            {
                await RunChildAsync(path, "dataflow-warm-driver", UrlFor("bench_automigrate_0"), ConnectionStringFor("bench_automigrate_0"), cache.FullName);
            }

            return await ColdRowsAsync(builds, cache.FullName);
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    private async Task<string> ColdRowsAsync(List<(string Name, string Path)> builds, string cache)
    {
        var figures = new Dictionary<(string Build, string Mode), List<Dictionary<string, double>>>();
        for (var i = 0; i < Math.Max(5, runs); i++)
        {
            foreach (var (build, path) in builds)
            {
                foreach (var mode in ColdChild.Modes)
                {
                    var url = mode.StartsWith("ef", StringComparison.Ordinal) ? UrlFor("bench_automigrate_ef") : UrlFor("bench_automigrate_0");
                    var line = await RunChildAsync(path, mode, url, ConnectionStringFor(mode.StartsWith("ef", StringComparison.Ordinal) ? "bench_automigrate_ef" : "bench_automigrate_0"), cache);
                    figures.TryAdd((build, mode), []);
                    figures[(build, mode)].Add(ColdChild.Parse(line));
                }
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Fresh processes ({Math.Max(5, runs)} per row, modes interleaved): the first no-op check of a new process, timed from before `new DataFlowDb` (EF: `new DbContext`) to the end of `MigrateAsync()`; medians. *warm driver*: the process opened one Npgsql connection first (untimed). CPU = process CPU time in the timed part; JIT = methods JIT-compiled in it.");
        report.AppendLine();
        report.AppendLine("| Build | Case | Median ms | Min ms | Max ms | Register ms | Migrate ms | CPU ms | JIT methods | Alloc KB |");
        report.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var ((build, mode), values) in figures)
        {
            var total = values.Select(v => v["total"]).Order().ToList();
            report.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {build} | {Describe(mode)} | {Median(total):F1} | {total[0]:F1} | {total[^1]:F1} | {Median(values, "register"):F1} | {Median(values, "migrate"):F1} | {Median(values, "cpu"):F0} | {Median(values, "jit"):F0} | {Median(values, "allocKB"):F0} |"));
        }

        return report.ToString();
    }

    private static string Describe(string mode) => mode switch
    {
        "dataflow" => "DataFlow `Model<T>()` ×100 + `MigrateAsync()`, fresh process end to end (models in the model cache)",
        "dataflow-warm-driver" => "DataFlow, fresh process, driver warm (DataFlow's own cold cost; models in the model cache)",
        "dataflow-no-cache-warm-driver" => "DataFlow, fresh process, driver warm, model cache off (the first start of a new build)",
        "ef" => "EF Core 10 `Database.MigrateAsync()`, fresh process end to end",
        _ => "EF Core 10, fresh process, driver warm",
    };

    private static double Median(List<double> sorted) => sorted[sorted.Count / 2];

    private static double Median(List<Dictionary<string, double>> values, string key) => Median(values.Select(v => v[key]).Order().ToList());

    private static async Task<string> RunChildAsync(string path, string mode, string url, string connectionString, string modelCache)
    {
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true };
        start.Environment["DATAFLOW_MODEL_CACHE_DIR"] = modelCache;
        if (!path.EndsWith("DataFlow.Bench", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(AutoMigrateBenchmark).Assembly.Location);
        }

        foreach (var argument in (string[])["automigrate", "--cold-child", mode, url, connectionString])
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"the {mode} child failed (exit {child.ExitCode})");
        }

        return output;
    }

    private async Task<(double First, List<double> Later)> EfCoreNoOpAsync()
    {
        const string name = "bench_automigrate_ef";
        await RecreateAsync(name);
        var options = ColdChild.EfOptions(ConnectionStringFor(name));
        await using (var setup = new BenchContext(options))
        {
            await setup.Database.MigrateAsync();
        }

        var times = new List<double>();
        for (var i = 0; i < 4 * runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await using var context = new BenchContext(options);
            await context.Database.MigrateAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (times[0], times[1..]);
    }

    private static string Row(string label, IReadOnlyList<double> values, string target)
    {
        var sorted = values.Order().ToList();
        var median = sorted[sorted.Count / 2];
        return string.Create(CultureInfo.InvariantCulture, $"| {label} | {median:F1} | {sorted[0]:F1} | {sorted[^1]:F1} | {target} |");
    }

    private async Task RecreateAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ConnectionStringFor(new Uri(serverUrl).AbsolutePath.TrimStart('/') is { Length: > 0 } d ? d : "postgres"));
        await admin.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await create.ExecuteNonQueryAsync();
    }

    private string UrlFor(string database) => new Uri(serverUrl).GetLeftPart(UriPartial.Authority) + "/" + database;

    private string ConnectionStringFor(string database)
    {
        var uri = new Uri(serverUrl);
        var user = Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]);
        var password = uri.UserInfo.Contains(':', StringComparison.Ordinal) ? Uri.UnescapeDataString(uri.UserInfo.Split(':', 2)[1]) : "";
        return new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.Port > 0 ? uri.Port : 5432, Username = user, Password = password, Database = database, Pooling = true }.ConnectionString;
    }
}
