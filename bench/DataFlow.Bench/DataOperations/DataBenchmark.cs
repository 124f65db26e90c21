using System.Runtime.InteropServices;

namespace DataFlow.Bench.DataOperations;

/// <summary>
/// The <c>data</c> benchmark: bulk create, streaming and read by key through DataFlow, each next to the raw ADO.NET
/// code that does the same work, in the same process run, on the same table (<c>bench_rows</c>, eight columns of
/// mixed types). Runs alternate which tool goes first.
/// </summary>
internal sealed partial class DataBenchmark(DataBenchOptions options)
{
    public async Task RunAsync()
    {
        var loadAtStart = LoadAverage();
        var results = new List<DataBenchResult>();
        foreach (var dialect in options.Dialects)
        {
            await using IDataBenchTarget target = dialect == BenchDialect.Postgres
                ? new PostgresDataTarget(options.PostgresUrl)
                : new SqliteDataTarget(options.WorkDirectory);
            Console.Error.WriteLine($"[data] {target.Name}: {options.Rows:N0} rows, {options.Runs} runs");
            results.Add(await RunAsync(target));
        }

        var machine = $"{Environment.ProcessorCount} cores ({RuntimeInformation.ProcessArchitecture}), {RuntimeInformation.OSDescription}, " +
                      $"{RuntimeInformation.FrameworkDescription}, SQLite {DataFlow.Dialects.Sqlite.SqliteEngine.Version}, load average {loadAtStart} at start, {LoadAverage()} at end";
        var report = DataBenchReport.Render(options, machine, results);
        Console.WriteLine(report);
        if (options.OutputFile is { } file)
        {
            await File.WriteAllTextAsync(file, report);
        }
    }

    private async Task<DataBenchResult> RunAsync(IDataBenchTarget target)
    {
        await target.CreateAsync();
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = target.Url, ExistingSchemaMode = true, EnableModelPersistence = false });
        var registered = await db.RegisterSchemaAsModelsAsync(["bench_rows"]);
        if (registered.ErrorCount > 0)
        {
            throw new InvalidOperationException("bench_rows could not be registered: " + registered.Errors[0].Reason);
        }

        var (rawBulk, dataFlowBulk) = await MeasureBulkAsync(target, db);
        var stream = await MeasureStreamAsync(target, db);
        var reads = await MeasureReadsAsync(target, db);
        return new DataBenchResult
        {
            Dialect = target.Name,
            BulkBaseline = target.BulkBaseline,
            Rows = options.Rows,
            RawBulkMs = rawBulk,
            DataFlowBulkMs = dataFlowBulk,
            RawStreamMs = stream.RawMs,
            DataFlowStreamMs = stream.DataFlowMs,
            RawStreamMemory = stream.RawMemory,
            DataFlowStreamMemory = stream.DataFlowMemory,
            BufferedListMs = stream.BufferedMs,
            BufferedListMemory = stream.BufferedMemory,
            RawRead = reads.Raw,
            WorkflowRead = reads.Workflow,
            ExpressRead = reads.Express,
        };
    }

    /// <summary>Runs <paramref name="first"/> and <paramref name="second"/> in turn, swapping the order on odd runs.</summary>
    private static async Task InTurnsAsync(int run, Func<Task> first, Func<Task> second)
    {
        foreach (var step in run % 2 == 0 ? new[] { first, second } : [second, first])
        {
            await step();
        }
    }

    private static double LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : double.NaN;
}
