using System.Globalization;
using System.Reflection;
using System.Text.Json;
using DataFlow.Bench;
using DataFlow.Bench.EfSqlite;

// Usage: DataFlow.Bench.EfSqlite --db <file.db> [--warmups 1] [--runs 5]
// Times EF Core 6's SQLite IDatabaseModelFactory on one file and prints a BaselineReport as JSON.
var database = ArgumentValue(args, "--db") ?? throw new ArgumentException("--db <file.db> is required");
var warmups = int.Parse(ArgumentValue(args, "--warmups") ?? "1", CultureInfo.InvariantCulture);
var runs = int.Parse(ArgumentValue(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
if (!File.Exists(database))
{
    Console.Error.WriteLine($"SQLite file not found: {database}");
    return 1;
}

using var reader = new EfSqliteModelReader();
var (runsMs, counts) = await RunTimer.MeasureAsync(() => Task.FromResult(reader.Read(database)), warmups, runs);
var efVersion = typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly
    .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
var report = new BaselineReport("EF Core SQLite IDatabaseModelFactory", efVersion.Split('+')[0], reader.EngineVersion, runsMs, counts);
Console.WriteLine(JsonSerializer.Serialize(report));
return 0;

static string? ArgumentValue(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
