using System.CommandLine;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.CodeGen;
using DataFlow.Discovery;
using DataFlow.Watch;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow watch</c>: scaffolds the models, then polls the schema's cheap fingerprint and regenerates them on
/// every change, printing the semantic diff. Ctrl+C (or <c>--max-changes</c>) stops it with exit 0.
/// </summary>
internal sealed class WatchCommand : Command
{
    private const string About =
        "Scaffold the models into OUT/Generated/, then poll the schema and regenerate them whenever it changes, printing the " +
        "semantic diff of each change. Hand-written files are never touched. Stops with Ctrl+C (exit 0).";

    private readonly CliHost _host;
    private readonly Option<string?> _url = new("--url", "-u") { Description = "The database URL or connection string. Default: $DATABASE_URL.", HelpName = "URL" };
    private readonly Option<string> _out = new("--out", "-o") { Description = "The models folder.", HelpName = "DIR", Required = true };
    private readonly Option<string> _namespace = new("--namespace", "-n") { Description = "The namespace of the generated types.", HelpName = "NAMESPACE", DefaultValueFactory = _ => "Models" };
    private readonly Option<string[]> _schemas = new("--schema", "-s") { Description = "PostgreSQL schema to read (repeatable). Default: every non-system schema.", HelpName = "SCHEMA" };
    private readonly Option<string> _interval = new("--interval", "-i") { Description = "Time between two polls: 500ms, 2s, 1m.", HelpName = "DURATION", DefaultValueFactory = _ => "2s" };
    private readonly Option<int?> _maxChanges = new("--max-changes") { Description = "Exit (0) after regenerating the models for this many changes (scripts, tests).", HelpName = "N" };
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON object per event (scaffolded, error, resumed) to stdout." };
    private readonly Option<bool> _verbose = CommonOptions.Verbose();

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public WatchCommand(CliHost host)
        : base("watch", About)
    {
        _host = host;
        foreach (var option in (Option[])[_url, _out, _namespace, _schemas, _interval, _maxChanges, _json, _verbose])
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
    public WatchCommandOptions Bind(ParseResult parseResult) => new()
    {
        Url = parseResult.GetValue(_url),
        Out = parseResult.GetValue(_out)!,
        Namespace = parseResult.GetValue(_namespace) ?? "Models",
        Schemas = parseResult.GetValue(_schemas) ?? [],
        Interval = parseResult.GetValue(_interval) ?? "2s",
        MaxChanges = parseResult.GetValue(_maxChanges),
        Json = parseResult.GetValue(_json),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Watches until cancelled or <see cref="WatchCommandOptions.MaxChanges"/> is reached; returns the exit code.</summary>
    public async Task<int> ExecuteAsync(WatchCommandOptions options, CancellationToken cancellationToken = default)
    {
        // Bad input should cost no connection.
        var interval = DurationText.ParsePositive(options.Interval);
        if (options.MaxChanges is < 1)
        {
            throw DataFlowErrors.InvalidMaxChanges(options.MaxChanges.Value);
        }

        ModelScaffolder.CheckNamespace(options.Namespace);
        var database = ResolvedDatabase.Resolve(options.Url, _host);
        await using var db = DataFlowSchemaSource.Open(database.Url);
        var watch = new SchemaWatchOptions
        {
            Scaffold = new ScaffoldOptions { OutputDirectory = options.Out, Namespace = options.Namespace, SourceUrl = database.Target.DisplayUrl },
            Discovery = new SchemaDiscoveryOptions { Schemas = options.Schemas },
            Interval = interval,
        };
        var output = new WatchOutput(_host, options.Json);
        var changes = 0;
        try
        {
            await foreach (var watchEvent in db.WatchSchemaAsync(watch, cancellationToken))
            {
                await output.WriteAsync(watchEvent, cancellationToken);
                if (watchEvent is ModelsRegenerated { IsInitial: true })
                {
                    await output.WriteWatchingAsync(database.Target.DisplayUrl, interval, Path.Combine(options.Out, ModelScaffolder.GeneratedFolder));
                }
                else if (watchEvent is ModelsRegenerated && ++changes >= options.MaxChanges)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _host.Error.WriteLineAsync("Stopped watching.");
        }

        return ExitCodes.Ok;
    }
}
