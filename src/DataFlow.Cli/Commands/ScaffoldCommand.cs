using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DataFlow.Cli.Infrastructure;
using DataFlow.CodeGen;
using DataFlow.Discovery;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow scaffold</c>: discovers a database and writes C# model classes under <c>OUT/Generated/</c>
/// (never touching hand-written files), plus <c>OUT/schema.snapshot.json</c>.
/// </summary>
internal sealed class ScaffoldCommand : Command
{
    private const string About =
        "Generate C# partial classes (data annotations, nullable types, navigations, enums) from a database into OUT/Generated/, " +
        "and the schema snapshot into OUT/schema.snapshot.json. Hand-written partial files outside Generated/ are never touched.";

    private readonly CliHost _host;
    private readonly Option<string?> _url = new("--url", "-u") { Description = "The database URL or connection string. Default: $DATABASE_URL.", HelpName = "URL" };
    private readonly Option<string> _out = new("--out", "-o") { Description = "The models folder.", HelpName = "DIR", Required = true };
    private readonly Option<string> _namespace = new("--namespace", "-n") { Description = "The namespace of the generated types.", HelpName = "NAMESPACE", DefaultValueFactory = _ => "Models" };
    private readonly Option<string[]> _tables = new("--table", "-t") { Description = "Only regenerate tables/views matching this glob (repeatable); navigations still cover the whole schema.", HelpName = "GLOB" };
    private readonly Option<string[]> _schemas = new("--schema", "-s") { Description = "PostgreSQL schema to read (repeatable). Default: every non-system schema.", HelpName = "SCHEMA" };
    private readonly Option<bool> _singleFile = new("--single-file") { Description = "Write every type into OUT/Generated/Models.cs." };
    private readonly Option<bool> _timestamp = new("--timestamp") { Description = "Put the generation time in the headers (the output is then no longer byte-identical)." };
    private readonly Option<bool> _verbose = CommonOptions.Verbose();

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public ScaffoldCommand(CliHost host)
        : base("scaffold", About)
    {
        _host = host;
        foreach (var option in (Option[])[_url, _out, _namespace, _tables, _schemas, _singleFile, _timestamp, _verbose])
        {
            Options.Add(option);
        }

        SetAction((parseResult, cancellationToken) =>
        {
            var options = Bind(parseResult);
            return CommandRunner.RunAsync(_host, options.Verbose, () => ExecuteAsync(options, cancellationToken));
        });
    }

    /// <summary>Reads the typed options from a parse result.</summary>
    public ScaffoldCommandOptions Bind(ParseResult parseResult) => new()
    {
        Url = parseResult.GetValue(_url),
        Out = parseResult.GetValue(_out)!,
        Namespace = parseResult.GetValue(_namespace) ?? "Models",
        Tables = parseResult.GetValue(_tables) ?? [],
        Schemas = parseResult.GetValue(_schemas) ?? [],
        SingleFile = parseResult.GetValue(_singleFile),
        Timestamp = parseResult.GetValue(_timestamp),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Discovers, generates and writes; returns the exit code. Errors are thrown (reported by the caller).</summary>
    public async Task<int> ExecuteAsync(ScaffoldCommandOptions options, CancellationToken cancellationToken = default)
    {
        // Bad input should cost no connection.
        ModelScaffolder.CheckNamespace(options.Namespace);
        var database = ResolvedDatabase.Resolve(options.Url, _host);
        var startup = options.Verbose ? SinceProcessStart() : TimeSpan.Zero;
        var cpu = new List<TimeSpan> { Environment.CpuUsage.TotalTime };
        var started = Stopwatch.GetTimestamp();
        // One-time work of code generation (JIT, JSON metadata, inflection rules) on a spare core while discovery waits for the database.
        var warmUp = Task.Run(ScaffoldWarmUp.Run, cancellationToken);
        var schema = await _host.SchemaSource.DiscoverAsync(database.Url, database.Target, new SchemaDiscoveryOptions { Schemas = options.Schemas }, cancellationToken);
        // Nothing the warm-up computes is used: if it fails, the real work only pays its own first-run costs.
        await ((Task)warmUp).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var discovered = Stopwatch.GetTimestamp();
        cpu.Add(Environment.CpuUsage.TotalTime);
        var scaffold = new ScaffoldOptions
        {
            OutputDirectory = options.Out,
            Namespace = options.Namespace,
            Tables = options.Tables,
            SingleFile = options.SingleFile,
            Timestamp = options.Timestamp ? DateTimeOffset.UtcNow : null,
            SourceUrl = database.Target.DisplayUrl,
        };
        // Code generation here is planning (every name decided) while the snapshot is serialized and hashed; the files
        // are rendered by the writer, overlapping the file system's waits.
        var planned = await ModelScaffolder.PlanAsync(schema, scaffold, cancellationToken);
        var generated = Stopwatch.GetTimestamp();
        cpu.Add(Environment.CpuUsage.TotalTime);
        var result = await ModelScaffolder.WritePlannedAsync(schema, planned, scaffold, cancellationToken);
        cpu.Add(Environment.CpuUsage.TotalTime);

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (options.Verbose)
        {
            var ms = (long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            await _host.Error.WriteLineAsync($"phases: start-up {startup.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms, discovery {ms(started, discovered)} ms, " +
                $"code generation {ms(discovered, generated)} ms, writing {ms(generated, Stopwatch.GetTimestamp())} ms");
            // CPU time of this process per phase: less disturbed than wall time on a loaded machine.
            var cpuMs = (int i) => (cpu[i] - (i == 0 ? TimeSpan.Zero : cpu[i - 1])).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            await _host.Error.WriteLineAsync($"cpu: start-up {cpuMs(0)} ms, discovery {cpuMs(1)} ms, code generation {cpuMs(2)} ms, writing {cpuMs(3)} ms");
        }

        await _host.Out.WriteLineAsync($"Scaffolded {database.Target.DisplayUrl} into {Path.Combine(options.Out, ModelScaffolder.GeneratedFolder)} in {elapsed.TotalSeconds:0.00} s");
        await _host.Out.WriteLineAsync($"  {result.Written.Count} written, {result.Unchanged.Count} unchanged, {result.Removed.Count} removed");
        foreach (var removed in result.Removed)
        {
            await _host.Out.WriteLineAsync($"  removed {removed}");
        }

        await _host.Out.WriteLineAsync($"  snapshot {result.SnapshotPath} (schema hash {result.SchemaHash})");
        return ExitCodes.Ok;
    }

    // Process start to now, for --verbose only: System.Diagnostics.Process loads assemblies a plain run does not need.
    private static TimeSpan SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }
}
