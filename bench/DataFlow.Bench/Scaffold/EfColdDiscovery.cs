using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

namespace DataFlow.Bench.Scaffold;

/// <summary>
/// <c>DataFlow.Bench ef-discover --connection CS</c>: EF Core 10's PostgreSQL reverse-engineering reader, once, in a
/// fresh process (as <c>dotnet ef dbcontext scaffold</c> runs it), for bench/run-scaffold.sh. Prints the phases in the
/// format of <c>dataflow scaffold --verbose</c>: start-up (process start to Main, plus building EF Core's
/// design-time services) and discovery (<c>IDatabaseModelFactory.Create</c>, cold), wall and CPU time.
/// </summary>
internal static class EfColdDiscovery
{
    public const string Usage = "usage: DataFlow.Bench ef-discover --connection \"Host=...;Database=...;Username=...;Password=...\"";

    public static int Run(string[] args)
    {
        var index = Array.IndexOf(args, "--connection");
        if (index < 0 || index + 1 >= args.Length)
        {
            Console.Error.WriteLine(Usage);
            return 1;
        }

        using var process = Process.GetCurrentProcess();
        var services = new ServiceCollection();
        services.AddEntityFrameworkNpgsql();
        new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDatabaseModelFactory>();
        var startup = DateTime.Now - process.StartTime;
        var startupCpu = Cpu(process);
        var started = Stopwatch.GetTimestamp();

        var model = factory.Create(args[index + 1], new DatabaseModelFactoryOptions(tables: [], schemas: []));

        var discovery = Stopwatch.GetElapsedTime(started);
        var discoveryCpu = Cpu(process) - startupCpu;
        Console.Error.WriteLine($"phases: start-up {Ms(startup)} ms, discovery {Ms(discovery)} ms");
        Console.Error.WriteLine($"cpu: start-up {Ms(startupCpu)} ms, discovery {Ms(discoveryCpu)} ms");
        Console.WriteLine($"EF Core read {model.Tables.Count} tables, {model.Tables.Sum(t => t.Columns.Count)} columns");
        return 0;
    }

    private static TimeSpan Cpu(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
