using System.Globalization;
using DataFlow;
using DataFlow.AutoMigrateProbe;

// dataflow-automigrate-probe URL APP [START_AT_UNIX_MS]
// APP: same | a | b. Registers the models of that "application", waits for the start time (so that many processes
// begin together), runs db.MigrateAsync(), creates DATAFLOW_PROBE_INSERTS tickets (0 unless set), counts the tickets through Express, and prints "applied=N upToDate=B cached=B pending=P rows=R". DATAFLOW_PROBE_MODEL_CACHE: the model cache folder; DATAFLOW_PROBE_USE_HUMANIZER: build Humanizer's vocabulary first.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: DataFlow.AutoMigrateProbe URL same|a|b [START_AT_UNIX_MS]");
    return 2;
}

if (args.Length > 2)
{
    var delay = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[2], CultureInfo.InvariantCulture)) - DateTimeOffset.UtcNow;
    if (delay > TimeSpan.Zero)
    {
        await Task.Delay(delay);
    }
}

if (Environment.GetEnvironmentVariable("DATAFLOW_PROBE_USE_HUMANIZER") is not null)
{
    // An application that uses Humanizer itself (and might add rules to its vocabulary).
    _ = Humanizer.Inflections.Vocabularies.Default;
}

await using var db = new DataFlowDb(new DataFlowOptions
{
    DatabaseUrl = args[0],
    ApplicationId = "probe-" + args[1],
    ModelCacheDirectory = Environment.GetEnvironmentVariable("DATAFLOW_PROBE_MODEL_CACHE"),
});
var model = args[1] switch
{
    "a" => db.Model<TicketA>().Name,
    "b" => db.Model<TicketB>().Name,
    _ => db.Model<Ticket>().Name,
};
db.Model<Comment>();
try
{
    var result = await db.MigrateAsync();
    var inserts = int.Parse(Environment.GetEnvironmentVariable("DATAFLOW_PROBE_INSERTS") ?? "0", CultureInfo.InvariantCulture);
    for (var i = 0; i < inserts; i++)
    {
        await db.Express.CreateAsync(model, new { title = $"{args[1]}-{Environment.ProcessId}-{i}" });
    }

    var rows = await db.Express.CountAsync(model);
    Console.WriteLine($"applied={result.AppliedStatements.Count} upToDate={result.UpToDate} cached={result.ModelsFromCache} pending={result.PendingChanges.Count} rows={rows}");
    return 0;
}
catch (DataFlowException e)
{
    Console.Error.WriteLine(Environment.GetEnvironmentVariable("DATAFLOW_PROBE_VERBOSE") is null ? e.Describe() : e.ToString());
    return 1;
}
