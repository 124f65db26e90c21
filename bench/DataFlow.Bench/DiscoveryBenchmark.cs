using System.Globalization;
using System.Runtime.InteropServices;
using DataFlow.Bench.Databases;
using DataFlow.Bench.Readers;
using DataFlow.Bench.Reporting;
using DataFlow.Dialects.Sqlite;

namespace DataFlow.Bench;

/// <summary>
/// For each dialect and size: generate the database, time DataFlow and the EF Core baseline on it,
/// drop it; then render the markdown report.
/// </summary>
internal sealed class DiscoveryBenchmark(DiscoveryBenchOptions options)
{
    private readonly PostgresBenchDatabases _postgres = new(options.PostgresUrl);
    private readonly SqliteBenchFiles _sqlite = new(options.WorkDirectory);
    private readonly DataFlowReader _dataFlow = new();

    public async Task RunAsync()
    {
        var cases = new List<BenchCase>();
        var loadAtStart = LoadAverage();
        string? postgresVersion = null;
        foreach (var dialect in options.Dialects)
        {
            postgresVersion ??= dialect == BenchDialect.Postgres ? await _postgres.ServerVersionAsync() : null;
            using var efPostgres = dialect == BenchDialect.Postgres ? new EfCorePostgresReader() : null;
            ISchemaReader efCore = efPostgres is null ? new EfCoreSqliteChildReader() : efPostgres;
            foreach (var size in options.Sizes.Order())
            {
                cases.Add(await RunCaseAsync(dialect, size, efCore));
            }
        }

        var report = MarkdownReport.Render(cases, Environment(postgresVersion, $"{loadAtStart} at start, {LoadAverage()} at end"));
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.OutputFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, report);
            Console.WriteLine($"Wrote {file}");
        }
    }

    private async Task<BenchCase> RunCaseAsync(BenchDialect dialect, int size, ISchemaReader efCore)
    {
        var runs = options.RunsFor(size);
        Progress($"{dialect} {size:N0} tables: generating");
        var database = dialect == BenchDialect.Postgres
            ? await _postgres.CreateAsync(size, options.BatchTables, reuse: options.KeepDatabases)
            : await _sqlite.CreateAsync(size, options.BatchTables, reuse: options.KeepDatabases);
        var generated = database.Reused ? "reused the kept database" : $"generated in {database.GenerationMs / 1000:F1} s";
        ReaderResult dataFlow, ef;
        if (efCore is EfCorePostgresReader inProcess && !options.Sequential)
        {
            Progress($"{dialect} {size:N0} tables: {generated}; timing DataFlow and EF Core interleaved ({options.Warmups} warm-up + {runs} runs each)");
            (dataFlow, ef) = await InterleavedPostgresReaders.MeasureAsync(inProcess, database, options.Warmups, runs);
            Progress($"{dialect} {size:N0} tables: DataFlow {Summary(dataFlow)}; EF Core {Summary(ef)}");
        }
        else
        {
            Progress($"{dialect} {size:N0} tables: {generated}; timing DataFlow ({options.Warmups} warm-up + {runs} runs)");
            dataFlow = await _dataFlow.MeasureAsync(database, options.Warmups, runs);
            Progress($"{dialect} {size:N0} tables: DataFlow {Summary(dataFlow)}; timing EF Core");
            ef = await efCore.MeasureAsync(database, options.Warmups, runs);
            Progress($"{dialect} {size:N0} tables: EF Core {Summary(ef)}");
        }
        if (!options.KeepDatabases)
        {
            await DropAsync(database);
        }

        return new BenchCase(database, dataFlow, ef);
    }

    private async Task DropAsync(BenchDatabase database)
    {
        if (database.Dialect == BenchDialect.Postgres)
        {
            await _postgres.DropAsync(database);
        }
        else
        {
            SqliteBenchFiles.Delete(database);
        }
    }

    private BenchEnvironment Environment(string? postgresVersion, string load) => new(
        Machine: $"{System.Environment.ProcessorCount} cores ({RuntimeInformation.ProcessArchitecture}), {RuntimeInformation.OSDescription}, load average {load}",
        Runtime: RuntimeInformation.FrameworkDescription,
        PostgresVersion: postgresVersion,
        SqliteEngine: options.Dialects.Contains(BenchDialect.Sqlite) ? $"{SqliteEngine.Version} ({SqliteEngine.Source})" : null,
        Method: string.Create(CultureInfo.InvariantCulture,
            $"Method: plain Stopwatch harness (whole operation, in-process), {options.Warmups} untimed warm-up, then the median of {options.Runs} runs (up to 1,000 tables) or {options.LargeRuns} runs (larger); {Order}."));

    private string Order => options.Sequential
        ? "each tool's runs one after the other (DataFlow first)"
        : "on PostgreSQL the two tools' warm-ups and runs alternate (DataFlow, EF Core, then EF Core, DataFlow, ...); on SQLite EF Core runs in its own child process after DataFlow";

    // The 1-minute load average: on a shared machine it tells how much the other processes disturbed the timings.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string Summary(ReaderResult result) =>
        result.IsMeasured ? string.Create(CultureInfo.InvariantCulture, $"median {result.MedianMs:F1} ms, read {result.Counts}") : result.Unavailable!;

    private static void Progress(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
