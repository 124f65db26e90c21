using System.Diagnostics;
using System.Globalization;
using DataFlow.Bench.Databases;
using DataFlow.Connections;
using DataFlow.Dialects.Postgres;
using DataFlow.Dialects.Sqlite;
using DataFlow.Discovery;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

namespace DataFlow.Bench.Profiling;

/// <summary>
/// <c>discovery-profile</c>: where PostgreSQL discovery's time goes, on a database the <c>discovery</c> verb
/// kept (<c>--keep-databases</c>). DataFlow and EF Core's factory run interleaved (one run of each per round),
/// so that the load of a shared machine hits both alike. Per run: wall time, this process's CPU time, the
/// CPU time of the test server's backends (children of its postmaster, from /proc), allocated bytes and
/// gen-0 collections; and DataFlow's phases (open, catalog read, model build, filter + canonical order).
/// </summary>
internal static class DiscoveryProfile
{
    public const string Usage = """
        usage: DataFlow.Bench discovery-profile [options]
          --pg-url URL      server with the kept bench_discovery_N database (default $DATAFLOW_PG_URL)
          --size 1000       which bench_discovery_N database
          --runs 30         rounds (one timed DataFlow run, one phase-timed DataFlow run, one EF Core run each)
          --warmups 1       untimed rounds first (1, as the discovery verb: the first timed runs still tier up)
          --pg-dir DIR      the server's directory (default $DATAFLOW_PG_DIR), for its backends' CPU time
          --no-ef           DataFlow only
          --queries         instead: each catalog query's server execution time (EXPLAIN ANALYZE, fastest of --runs),
                            rows and size in COPY's binary format
          --explain NAME    with --queries: also the plan of that query (e.g. Columns), EXPLAIN (ANALYZE, BUFFERS)
          --snapshots DIR   instead: write the snapshot JSON of each of --databases a,b,c (default: the bench database)
                            to DIR/<name>.json, to compare two builds byte for byte
          --settings S      DataFlow reads through a connection string with these Npgsql settings added
                            (e.g. "Read Buffer Size=65536") instead of the URL
          --sqlite FILE     instead: DataFlow on this SQLite file (e.g. /tmp/dataflow-bench/bench_discovery_1000.db;
                            no EF Core, which runs in its own child process), same figures and phases
          --alloc-types     afterwards, 10 more DataFlow runs sampling what is allocated, by type
          --parse-only      with --sqlite: instead, only the parsing, on one thread (SqliteParseProfile)
          --stages          with --sqlite: instead, whole discoveries through the public API, timed by stage
                            (fastest / 25th percentile / median; SqliteStageProfile)
          --collect-first   with --sqlite: a gen-0 collection before each timed run (not timed), so that no run starts
                            with a half-used allocation budget: what discovery costs without a collection of its own
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name, string? fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        if (Option("--sqlite", null) is { } sqliteFile)
        {
            if (args.Contains("--stages"))
            {
                return await SqliteStageProfile.RunAsync(Path.GetFullPath(sqliteFile), int.Parse(Option("--runs", "30")!, CultureInfo.InvariantCulture),
                    int.Parse(Option("--warmups", "1")!, CultureInfo.InvariantCulture));
            }

            if (args.Contains("--parse-only"))
            {
                return await SqliteParseProfile.RunAsync(Path.GetFullPath(sqliteFile), int.Parse(Option("--runs", "30")!, CultureInfo.InvariantCulture));
            }

            return await RunSqliteAsync(Path.GetFullPath(sqliteFile), int.Parse(Option("--runs", "30")!, CultureInfo.InvariantCulture),
                int.Parse(Option("--warmups", "1")!, CultureInfo.InvariantCulture), args.Contains("--alloc-types"), args.Contains("--collect-first"));
        }

        var server = new Uri(Option("--pg-url", Environment.GetEnvironmentVariable("DATAFLOW_PG_URL")) ?? throw new ArgumentException("--pg-url is required"));
        var size = int.Parse(Option("--size", "1000")!, CultureInfo.InvariantCulture);
        var runs = int.Parse(Option("--runs", "30")!, CultureInfo.InvariantCulture);
        var pgDir = Option("--pg-dir", Environment.GetEnvironmentVariable("DATAFLOW_PG_DIR") ?? "/tmp/dataflow-pg")!;
        var withEf = !args.Contains("--no-ef");
        var database = "bench_discovery_" + size;
        var connectionString = PostgresBenchDatabases.ConnectionString(server, database);
        var url = Option("--settings", null) is { } settings ? connectionString + ";" + settings : server.GetLeftPart(UriPartial.Authority) + "/" + database;
        var postmaster = PostmasterPid(pgDir);

        if (Option("--snapshots", null) is { } snapshotDir)
        {
            // The snapshot JSON of each named database, to compare two builds byte for byte.
            Directory.CreateDirectory(snapshotDir);
            foreach (var name in Option("--databases", database)!.Split(','))
            {
                await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = server.GetLeftPart(UriPartial.Authority) + "/" + name });
                await File.WriteAllTextAsync(Path.Combine(snapshotDir, name + ".json"), Snapshots.SchemaSnapshot.ToJson(await db.DiscoverSchemaAsync()));
            }

            return 0;
        }

        if (args.Contains("--queries"))
        {
            Console.WriteLine($"{database}: catalog queries, fastest of {runs} (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
            await CatalogQueryTimes.PrintAsync(connectionString, runs, Option("--explain", null));
            return 0;
        }

        using var services = EfFactory(out var factory);
        var dataFlow = new List<Sample>();
        var phases = new List<double[]>();
        var ef = new List<Sample>();
        var warmups = int.Parse(Option("--warmups", "1")!, CultureInfo.InvariantCulture);
        for (var i = -warmups; i < runs; i++)
        {
            var sample = await MeasureAsync(postmaster, () => DiscoverAsync(url));
            var phase = await PhasesAsync(url);
            var efSample = withEf ? await MeasureAsync(postmaster, () => Task.FromResult(factory.Create(connectionString, new DatabaseModelFactoryOptions([], [])).Tables.Count)) : null;
            if (i >= 0)
            {
                dataFlow.Add(sample);
                phases.Add(phase);
                if (efSample is not null)
                {
                    ef.Add(efSample);
                }
            }
        }

        Console.WriteLine($"{database}, {runs} rounds, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; medians:");
        Print("DataFlow", dataFlow);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  phases ms: open {Median(phases, 0):F1}, catalog read {Median(phases, 1):F1}, build {Median(phases, 2):F1}, filter+order {Median(phases, 3):F1}; MB allocated: catalog read {Median(phases, 4):F1}, the rest {Median(phases, 5):F1}"));
        if (withEf)
        {
            Print("EF Core ", ef);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  EF Core / DataFlow (wall medians): {Median(ef, s => s.WallMs) / Median(dataFlow, s => s.WallMs):F2}x"));
        }

        if (args.Contains("--alloc-types"))
        {
            await PrintAllocationTypesAsync(() => DiscoverAsync(url));
        }

        return 0;
    }

    // DataFlow on a SQLite file: a timed run and a phase-timed run per round.
    private static async Task<int> RunSqliteAsync(string file, int runs, int warmups, bool allocationTypes, bool collectFirst)
    {
        var url = "sqlite:///" + file;
        var samples = new List<Sample>();
        var phases = new List<double[]>();
        for (var i = -warmups; i < runs; i++)
        {
            if (collectFirst)
            {
                GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            }

            var sample = await MeasureAsync(null, () => DiscoverAsync(url));
            var phase = await SqlitePhasesAsync(url);
            if (i >= 0)
            {
                samples.Add(sample);
                phases.Add(phase);
            }
        }

        Console.WriteLine($"{Path.GetFileName(file)}, {runs} rounds, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; medians:");
        Print("DataFlow", samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  phases ms: open {Median(phases, 0):F1}, catalog read {Median(phases, 1):F1} (sqlite_master {Median(phases, 7):F1}, parsing {Median(phases, 6):F1}), build {Median(phases, 2):F1}, filter+order {Median(phases, 3):F1}; MB allocated: catalog read {Median(phases, 4):F1}, the rest {Median(phases, 5):F1}"));
        if (allocationTypes)
        {
            await PrintAllocationTypesAsync(() => DiscoverAsync(url));
        }

        return 0;
    }

    // 10 more discoveries, sampling what they allocate by type (the runtime's allocation ticks, ~100 KB each).
    private static async Task PrintAllocationTypesAsync(Func<Task<int>> discover)
    {
        using var listener = new AllocationTypes();
        const int sampled = 10;
        for (var i = 0; i < sampled; i++)
        {
            await discover();
        }

        Console.WriteLine("allocated by type (sampled):");
        listener.Print(sampled);
    }

    private static async Task<double[]> SqlitePhasesAsync(string url)
    {
        var target = DatabaseUrl.Parse(url);
        var started = Stopwatch.GetTimestamp();
        await using var connection = await SqliteConnectionFactory.OpenAsync(target, ConnectionSettings.Default, mustExist: true);
        var opened = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var stages = new StageTimes();
        var catalog = await SqliteCatalogReader.ReadAsync(connection, stages);
        var read = Stopwatch.GetTimestamp();
        var readAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var raw = new SqliteSchemaBuilder(catalog).Build();
        var built = Stopwatch.GetTimestamp();
        _ = SchemaCanonicalizer.Canonicalize(SchemaFilter.Apply(raw, SchemaDiscoveryOptions.Default));
        var done = Stopwatch.GetTimestamp();
        var doneAllocated = GC.GetTotalAllocatedBytes(precise: true);
        return [Ms(started, opened), Ms(opened, read), Ms(read, built), Ms(built, done), (readAllocated - allocated) / 1048576.0, (doneAllocated - readAllocated) / 1048576.0,
            Ms(stages.At[1], stages.At[2]), Ms(stages.At[0], stages.At[1])];
    }

    private static async Task<int> DiscoverAsync(string url)
    {
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url });
        return (await db.DiscoverSchemaAsync()).Tables.Count;
    }

    /// <summary>
    /// One DataFlow discovery, phase by phase: ms of open, catalog read, model build, filter + canonical order,
    /// then MB allocated by the catalog read and by the rest.
    /// </summary>
    private static async Task<double[]> PhasesAsync(string url)
    {
        var target = DatabaseUrl.Parse(url);
        var started = Stopwatch.GetTimestamp();
        await using var connection = await PostgresConnectionFactory.OpenAsync(target, ConnectionSettings.Default);
        var opened = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var catalog = await PostgresCatalogReader.ReadAsync(connection, []);
        var read = Stopwatch.GetTimestamp();
        var readAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var raw = PostgresSchemaReader.Build(catalog, "postgresql");
        var built = Stopwatch.GetTimestamp();
        _ = SchemaCanonicalizer.Canonicalize(SchemaFilter.Apply(raw, SchemaDiscoveryOptions.Default));
        var done = Stopwatch.GetTimestamp();
        var doneAllocated = GC.GetTotalAllocatedBytes(precise: true);
        return [Ms(started, opened), Ms(opened, read), Ms(read, built), Ms(built, done), (readAllocated - allocated) / 1048576.0, (doneAllocated - readAllocated) / 1048576.0];
    }

    private static async Task<Sample> MeasureAsync(int? postmaster, Func<Task<int>> run)
    {
        var gc0 = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var switches = ContextSwitches();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var server = BackendTicks(postmaster);
        var started = Stopwatch.GetTimestamp();
        await run();
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return new Sample(
            wall,
            (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds,
            (BackendTicks(postmaster) - server) * 10.0,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,
            GC.CollectionCount(0) - gc0,
            (GC.GetTotalPauseDuration() - paused).TotalMilliseconds,
            System.Runtime.JitInfo.GetCompiledMethodCount() - jitted,
            ContextSwitches() - switches);
    }

    private static ServiceProvider EfFactory(out IDatabaseModelFactory factory)
    {
        var services = new ServiceCollection();
        services.AddEntityFrameworkNpgsql();
        new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
        var provider = services.BuildServiceProvider();
        factory = provider.GetRequiredService<IDatabaseModelFactory>();
        return provider;
    }

    private static int? PostmasterPid(string pgDir)
    {
        var file = Path.Combine(pgDir, "data", "postmaster.pid");
        return File.Exists(file) ? int.Parse(File.ReadLines(file).First(), CultureInfo.InvariantCulture) : null;
    }

    /// <summary>utime + stime (clock ticks, 100 a second) of every child of the postmaster.</summary>
    private static long BackendTicks(int? postmaster)
    {
        if (postmaster is null)
        {
            return 0;
        }

        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == postmaster)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // Not a process directory, or the process ended meanwhile.
            }
        }

        return ticks;
    }

    /// <summary>Voluntary and involuntary context switches of this process's threads so far (threads that ended are not counted).</summary>
    private static long ContextSwitches()
    {
        long switches = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.Contains("ctxt_switches:", StringComparison.Ordinal))
                    {
                        switches += long.Parse(line[(line.IndexOf(':') + 1)..].Trim(), CultureInfo.InvariantCulture);
                    }
                }
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return switches;
    }

    private static void Print(string tool, List<Sample> samples) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{tool}: wall {Median(samples, s => s.WallMs):F1} ms (min {samples.Min(s => s.WallMs):F1}), client CPU {Median(samples, s => s.ClientCpuMs):F1} ms (mean {samples.Average(s => s.ClientCpuMs):F1}), " +
        $"server CPU mean {samples.Average(s => s.ServerCpuMs):F1} ms, allocated {Median(samples, s => s.AllocatedMb):F1} MB, gen-0 GCs {samples.Sum(s => s.Gen0)}/{samples.Count} runs (GC pauses {samples.Average(s => s.GcPauseMs):F1} ms a run, {samples.Sum(s => s.GcPauseMs) / Math.Max(1, samples.Sum(s => s.Gen0)):F1} ms each), methods JIT-compiled {samples.Average(s => s.Jitted):F0} per run (first {samples[0].Jitted}), " +
        $"context switches {Median(samples, s => s.Switches):F0}; wall median of the runs with a gen-0 GC {Median(samples.Where(s => s.Gen0 > 0).Select(s => s.WallMs)):F1} ms, without {Median(samples.Where(s => s.Gen0 == 0).Select(s => s.WallMs)):F1} ms"));

    private static double Median(List<Sample> samples, Func<Sample, double> value) => Median(samples.Select(value));

    private static double Median(List<double[]> phases, int index) => Median(phases.Select(p => p[index]));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    // When each stage of the SQLite catalog read began (reported synchronously, on the reading thread).
    private sealed class StageTimes : IProgress<DiscoveryProgress>
    {
        public long[] At { get; } = new long[8];

        public void Report(DiscoveryProgress value) => At[value.Completed] = Stopwatch.GetTimestamp();
    }

    private sealed record Sample(double WallMs, double ClientCpuMs, double ServerCpuMs, double AllocatedMb, int Gen0, double GcPauseMs, long Jitted, long Switches);
}
