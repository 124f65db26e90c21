using DataFlow.Bench;

// dotnet run -c Release --project bench/DataFlow.Bench -- discovery --sizes 10,100 --dialects postgres,sqlite --runs 5 --out docs/benchmarks-discovery.md
if (args.Length == 0 || args[0] != "discovery")
{
    Console.Error.WriteLine(DiscoveryBenchOptions.Usage);
    return 1;
}

DiscoveryBenchOptions options;
try
{
    options = DiscoveryBenchOptions.Parse(args[1..]);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(DiscoveryBenchOptions.Usage);
    return 1;
}

await new DiscoveryBenchmark(options).RunAsync();
return 0;
