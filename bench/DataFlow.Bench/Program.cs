using DataFlow.Bench;
using DataFlow.Bench.Availability;
using DataFlow.Bench.DataOperations;
using DataFlow.Bench.SchemaDiff;
using DataFlow.Bench.Workflows;

// dotnet run -c Release --project bench/DataFlow.Bench -- discovery --sizes 10,100 --dialects postgres,sqlite --runs 5 --out docs/benchmarks-discovery.md
// dotnet run -c Release --project bench/DataFlow.Bench -- workflows --sizes 10,1000,10000 --out docs/benchmarks-workflows.md
// dotnet run -c Release --project bench/DataFlow.Bench -- data --rows 1000000 --runs 3 --out docs/benchmarks-data.md
// dotnet run -c Release --project bench/DataFlow.Bench -- diff --tables 10000 --runs 9
// dotnet run -c Release --project bench/DataFlow.Bench -- discovery-profile --size 1000 --runs 30 (after discovery --keep-databases)
// DataFlow.Bench scaffold-codegen --snapshot Models/schema.snapshot.json --runs 10 (code generation steps, cold then warm)
// DataFlow.Bench ef-discover --connection "Host=127.0.0.1;Port=55432;Database=bench_discovery_1000;Username=postgres;Password=dataflow" (bench/run-scaffold.sh)
// dotnet run -c Release --project bench/DataFlow.Bench -- availability --rows 5000000 --writers 2
// dotnet run -c Release --project bench/DataFlow.Bench -- automigrate --pg-url postgresql://postgres:pw@127.0.0.1:5432/postgres --runs 5 [--r2r DIR] (bench/run-automigrate.sh)
switch (args.FirstOrDefault())
{
    case "discovery":
        DiscoveryBenchOptions discovery;
        try
        {
            discovery = DiscoveryBenchOptions.Parse(args[1..]);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(DiscoveryBenchOptions.Usage);
            return 1;
        }

        await new DiscoveryBenchmark(discovery).RunAsync();
        return 0;

    case "workflows":
        WorkflowBenchOptions workflows;
        try
        {
            workflows = WorkflowBenchOptions.Parse(args[1..]);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(WorkflowBenchOptions.Usage);
            return 1;
        }

        new WorkflowBenchmark(workflows).Run();
        return 0;

    case "data":
        DataBenchOptions data;
        try
        {
            data = DataBenchOptions.Parse(args[1..]);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(DataBenchOptions.Usage);
            return 1;
        }

        await new DataBenchmark(data).RunAsync();
        return 0;

    case "diff":
        DiffBenchOptions diff;
        try
        {
            diff = DiffBenchOptions.Parse(args[1..]);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(DiffBenchOptions.Usage);
            return 1;
        }

        new DiffBenchmark(diff).Run();
        return 0;

    case "discovery-profile":
        return await DataFlow.Bench.Profiling.DiscoveryProfile.RunAsync(args[1..]);
    case "ef-discover":
        return DataFlow.Bench.Scaffold.EfColdDiscovery.Run(args[1..]);
    case "scaffold-codegen":
        return await DataFlow.Bench.Scaffold.CodeGenProfile.RunAsync(args[1..]);
    case "availability":
        AvailabilityBenchOptions availability;
        try
        {
            availability = AvailabilityBenchOptions.Parse(args[1..]);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(AvailabilityBenchOptions.Usage);
            return 1;
        }

        await new AvailabilityBenchmark(availability).RunAsync();
        return 0;
    case "automigrate" when args.Length == 5 && args[1] == "--cold-child":
        Console.WriteLine(await DataFlow.Bench.AutoMigrate.ColdChild.RunAsync(args[2], args[3], args[4]));
        return 0;
    case "automigrate":
        var pgUrl = args.SkipWhile(a => a != "--pg-url").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("DATAFLOW_PG_URL") ?? Environment.GetEnvironmentVariable("DATAFLOW_TEST_PG_URL");
        if (pgUrl is null)
        {
            Console.Error.WriteLine("automigrate: pass --pg-url or set DATAFLOW_PG_URL");
            return 1;
        }

        var automigrateRuns = int.Parse(args.SkipWhile(a => a != "--runs").Skip(1).FirstOrDefault() ?? "5", System.Globalization.CultureInfo.InvariantCulture);
        var automigrate = new DataFlow.Bench.AutoMigrate.AutoMigrateBenchmark(pgUrl, automigrateRuns, args.SkipWhile(a => a != "--r2r").Skip(1).FirstOrDefault());
        Console.WriteLine(args.Contains("--cold-only") ? await automigrate.RunColdOnlyAsync() : await automigrate.RunAsync());
        return 0;

    default:
        Console.Error.WriteLine(DataFlow.Bench.AutoMigrate.AutoMigrateBenchmark.Usage);
        Console.Error.WriteLine(DiscoveryBenchOptions.Usage);
        Console.Error.WriteLine(DataFlow.Bench.Profiling.DiscoveryProfile.Usage);
        Console.Error.WriteLine(WorkflowBenchOptions.Usage);
        Console.Error.WriteLine(DataBenchOptions.Usage);
        Console.Error.WriteLine(DiffBenchOptions.Usage);
        Console.Error.WriteLine(DataFlow.Bench.Scaffold.EfColdDiscovery.Usage);
        Console.Error.WriteLine(DataFlow.Bench.Scaffold.CodeGenProfile.Usage);
        Console.Error.WriteLine(AvailabilityBenchOptions.Usage);
        return 1;
}
