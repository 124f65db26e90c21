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
internal sealed class AutoMigrateBenchmark(string serverUrl, int runs)
{
    public const string Usage = "automigrate [--pg-url URL] [--runs N]   first use of 100 models (empty / up to date) vs EF Core MigrateAsync";

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

        var cold = await ColdProcessNoOpsAsync(UrlFor("bench_automigrate_0"));
        var ef = await EfCoreNoOpAsync();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"PostgreSQL, 100 models (6 columns each), {runs} fresh databases, 5 no-op runs after each (each a new `DataFlowDb`); median (min–max) ms.");
        report.AppendLine();
        report.AppendLine("| Case | Median ms | Min ms | Max ms | Target |");
        report.AppendLine("|---|---:|---:|---:|---|");
        report.AppendLine(Row($"DataFlow `MigrateAsync()`, empty database ({ddlStatements} DDL statements, one transaction)", create, "< 2000"));
        report.AppendLine(Row("DataFlow `MigrateAsync()`, up to date (no DDL)", noop, "< 50"));
        report.AppendLine(Row("DataFlow `MigrateAsync()`, up to date, first `DataFlowDb` of a fresh process (models read by reflection)", cold, "< 50"));
        report.AppendLine(Row("EF Core 10 `Database.MigrateAsync()`, up to date (first call, model built)", [ef.First], "—"));
        report.AppendLine(Row("EF Core 10 `Database.MigrateAsync()`, up to date (later calls, model cached)", ef.Later, "—"));
        return report.ToString();
    }

    /// <summary>
    /// The no-op check as a freshly started application sees it: each run a new process (this benchmark with
    /// <c>--cold-child URL</c>) timing its first <c>Model&lt;T&gt;()</c> registrations and <c>MigrateAsync()</c>.
    /// </summary>
    private async Task<List<double>> ColdProcessNoOpsAsync(string url)
    {
        var times = new List<double>();
        for (var i = 0; i < Math.Max(5, runs); i++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (!Environment.ProcessPath!.EndsWith("DataFlow.Bench", StringComparison.Ordinal))
            {
                start.ArgumentList.Add(typeof(AutoMigrateBenchmark).Assembly.Location);
            }

            foreach (var argument in (string[])["automigrate", "--cold-child", url])
            {
                start.ArgumentList.Add(argument);
            }

            using var child = Process.Start(start)!;
            var output = await child.StandardOutput.ReadToEndAsync();
            await child.WaitForExitAsync();
            times.Add(double.Parse(output.Trim(), CultureInfo.InvariantCulture));
        }

        return times;
    }

    /// <summary>The child of <see cref="ColdProcessNoOpsAsync"/>: one no-op against <paramref name="url"/>, printed in ms.</summary>
    public static async Task<string> ColdChildAsync(string url)
    {
        var clock = Stopwatch.StartNew();
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url });
        BenchModels.Register(db);
        var result = await db.MigrateAsync();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (!result.UpToDate || result.AppliedStatements.Count > 0)
        {
            throw new InvalidOperationException("the cold run was not a no-op");
        }

        return elapsed.ToString("F1", CultureInfo.InvariantCulture);
    }

    private async Task<(double First, List<double> Later)> EfCoreNoOpAsync()
    {
        const string name = "bench_automigrate_ef";
        await RecreateAsync(name);
        var options = new DbContextOptionsBuilder<BenchContext>()
            .UseNpgsql(ConnectionStringFor(name))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
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

    private sealed class BenchContext(DbContextOptions<BenchContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => BenchModels.Map(modelBuilder);
    }
}
