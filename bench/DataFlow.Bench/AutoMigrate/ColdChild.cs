using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace DataFlow.Bench.AutoMigrate;

/// <summary>
/// One fresh process of the automigrate benchmark (<c>automigrate --cold-child MODE URL</c>): the first no-op check of
/// a freshly started application, printed as one line of <c>key=value</c> figures. Modes: <c>dataflow</c> (end to end:
/// the first <c>Model&lt;T&gt;()</c> ×100 and <c>MigrateAsync()</c>, driver start-up included), <c>dataflow-warm-driver</c>
/// (the application opened one Npgsql connection first, as a health check does; the timed part is DataFlow's own cold
/// cost), <c>dataflow-no-cache-warm-driver</c> (the same with the model cache off: the first start of a new build), and the
/// same two for EF Core 10's <c>Database.MigrateAsync()</c> (<c>ef</c>, <c>ef-warm-driver</c>). Mode
/// <c>profile</c> (warm driver, model cache off) prints where DataFlow's part goes instead (<see cref="ColdProfile"/>);
/// <c>profile-cached</c> the same with the models in the model cache.
/// </summary>
internal static class ColdChild
{
    /// <summary>The modes, in report order.</summary>
    public static readonly string[] Modes = ["dataflow", "dataflow-warm-driver", "dataflow-no-cache-warm-driver", "ef", "ef-warm-driver"];

    /// <summary>Runs <paramref name="mode"/> against <paramref name="url"/> (the EF modes: against the connection string).</summary>
    public static async Task<string> RunAsync(string mode, string url, string connectionString)
    {
        if (mode.EndsWith("-warm-driver", StringComparison.Ordinal) || mode.StartsWith("profile", StringComparison.Ordinal))
        {
            // Each tool's pool is warmed with the connection string that tool opens (EF Core's: the one it is given;
            // DataFlow's: the one it builds from the URL with its timeouts and application name), as an application's
            // health check on the same database would leave it. Only the driver and that pool are warm.
            await using var connection = new NpgsqlConnection(mode.StartsWith("ef", StringComparison.Ordinal) ? connectionString : DataFlowConnectionString(url));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync();
        }

        if (mode == "profile")
        {
            return await ColdProfile.RunAsync(url);
        }

        if (mode == "profile-cached")
        {
            return await ColdProfile.RunCachedAsync(url);
        }

        var jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        double register;
        if (mode.StartsWith("dataflow", StringComparison.Ordinal))
        {
            await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, UseModelCache = !mode.Contains("no-cache", StringComparison.Ordinal) });
            BenchModels.Register(db);
            register = clock.Elapsed.TotalMilliseconds;
            var result = await db.MigrateAsync();
            if (!result.UpToDate || result.AppliedStatements.Count > 0)
            {
                throw new InvalidOperationException("the cold run was not a no-op");
            }
        }
        else
        {
            var options = EfOptions(connectionString);
            await using var context = new BenchContext(options);
            _ = context.Model;
            register = clock.Elapsed.TotalMilliseconds;
            await context.Database.MigrateAsync();
        }

        var total = clock.Elapsed.TotalMilliseconds;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"total={total:F1} register={register:F1} migrate={total - register:F1} " +
            $"cpu={(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} " +
            $"jit={System.Runtime.JitInfo.GetCompiledMethodCount() - jit} jitms={(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} " +
            $"allocKB={(GC.GetTotalAllocatedBytes() - allocated) / 1024} sinceStart={(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0}");
    }

    /// <summary>The connection string DataFlow builds for <paramref name="url"/> with default options (built here without DataFlow's cold path).</summary>
    private static string DataFlowConnectionString(string url) =>
        DataFlow.Dialects.Postgres.PostgresConnectionFactory.BuildConnectionString(
            DataFlow.Connections.DatabaseUrl.Resolve(url),
            new DataFlow.Connections.ConnectionSettings { ApplicationName = System.Reflection.Assembly.GetEntryAssembly()!.GetName().Name! });

    /// <summary>EF Core's options for the benchmark's context (the models mapped without migration classes).</summary>
    public static DbContextOptions<BenchContext> EfOptions(string connectionString) =>
        new DbContextOptionsBuilder<BenchContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;

    /// <summary>Parses a child's output line into its figures.</summary>
    public static Dictionary<string, double> Parse(string line) =>
        line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}

/// <summary>EF Core's context over the 100 benchmark models.</summary>
internal sealed class BenchContext(DbContextOptions<BenchContext> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => BenchModels.Map(modelBuilder);
}
