using System.CommandLine;
using System.Diagnostics;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Connections;
using DataFlow.Dialects.Sqlite;
using DataFlow.Discovery;
using DataFlow.Schema;
using DataFlow.Snapshots;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow discover</c>: reads a database's schema and prints it as a report, as snapshot JSON
/// (<c>--json</c>) or into a snapshot file (<c>--out</c>). Never changes the database.
/// </summary>
internal sealed class DiscoverCommand : Command
{
    private const string About =
        "Read the schema of a SQLite or PostgreSQL database (never changes it) and print it: " +
        "tables with columns, keys, constraints and indexes, then views, enums, domains, sequences and warnings.";

    private readonly CliHost _host;
    private readonly Option<string?> _url = new("--url", "-u")
    {
        Description = "The database: sqlite:///file.db, sqlite:////abs/file.db, postgresql://user:pass@host:5432/db, " +
                      "or an ADO.NET connection string. Default: $DATABASE_URL.",
        HelpName = "URL",
    };

    private readonly Option<string[]> _schemas = new("--schema", "-s") { Description = "PostgreSQL schema to read (repeatable). Default: every non-system schema.", HelpName = "SCHEMA" };
    private readonly Option<string[]> _tables = new("--table", "-t") { Description = "Only tables/views whose name matches this glob (* and ?; repeatable; 'sales.*' matches schema.name).", HelpName = "GLOB" };
    private readonly Option<string[]> _exclude = new("--exclude", "-x") { Description = "Leave out tables/views whose name matches this glob (repeatable).", HelpName = "GLOB" };
    private readonly Option<bool> _includeDataFlow = new("--include-dataflow-tables") { Description = "Also list DataFlow's own dataflow_* tables." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the schema snapshot JSON to stdout, and nothing else (warnings go to stderr)." };
    private readonly Option<string?> _out = new("--out", "-o") { Description = "Write the schema snapshot JSON to FILE and print a confirmation with the schema hash.", HelpName = "FILE" };
    private readonly Option<bool> _verbose = CommonOptions.Verbose();

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public DiscoverCommand(CliHost host)
        : base("discover", About)
    {
        _host = host;
        Options.Add(_url);
        Options.Add(_schemas);
        Options.Add(_tables);
        Options.Add(_exclude);
        Options.Add(_includeDataFlow);
        Options.Add(_json);
        Options.Add(_out);
        Options.Add(_verbose);
        Validators.Add(result =>
        {
            if (result.GetValue(_json) && result.GetValue(_out) is not null)
            {
                result.AddError("--json and --out cannot be combined: --json prints the snapshot, --out writes it to a file.");
            }
        });
        SetAction((parseResult, cancellationToken) =>
        {
            var options = Bind(parseResult);
            return CommandRunner.RunAsync(_host, options.Verbose, () => ExecuteAsync(options, cancellationToken));
        });
    }

    /// <summary>Reads the typed options from a parse result.</summary>
    public DiscoverOptions Bind(ParseResult parseResult) => new()
    {
        Url = parseResult.GetValue(_url),
        Schemas = parseResult.GetValue(_schemas) ?? [],
        Tables = parseResult.GetValue(_tables) ?? [],
        Exclude = parseResult.GetValue(_exclude) ?? [],
        IncludeDataFlowTables = parseResult.GetValue(_includeDataFlow),
        Json = parseResult.GetValue(_json),
        OutFile = parseResult.GetValue(_out),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Discovers and prints; returns the exit code. Errors are thrown (reported by the caller).</summary>
    public async Task<int> ExecuteAsync(DiscoverOptions options, CancellationToken cancellationToken = default)
    {
        // Check everything that can be checked before connecting: bad input should cost no connection.
        var outFile = options.OutFile is null ? null : OutputPath.Check(options.OutFile, "--out");
        var database = ResolvedDatabase.Resolve(options.Url, _host);
        if (options.Verbose)
        {
            WriteDiagnostics(database.Target);
        }

        var discovery = new SchemaDiscoveryOptions
        {
            Schemas = options.Schemas,
            IncludeTables = options.Tables,
            ExcludeTables = options.Exclude,
            IncludeDataFlowTables = options.IncludeDataFlowTables,
        };
        var started = Stopwatch.GetTimestamp();
        var schema = await DiscoverAsync(database, discovery, cancellationToken);
        var summary = DiscoverySummary.From(schema, Stopwatch.GetElapsedTime(started), database.Target.DisplayUrl);

        if (options.Json)
        {
            await _host.Out.WriteAsync(SchemaSnapshot.ToJson(schema).AsMemory(), cancellationToken);
            await _host.Out.FlushAsync(cancellationToken);
            WarningLines.WritePlain(_host.Error, schema.Warnings, options.Verbose);
        }
        else if (outFile is not null)
        {
            await SchemaSnapshot.WriteAsync(schema, outFile, cancellationToken);
            await _host.Out.WriteLineAsync($"Wrote snapshot {outFile}");
            await _host.Out.WriteLineAsync($"  schema hash {SchemaSnapshot.ComputeHash(schema)}");
            await _host.Out.WriteLineAsync($"  {summary}");
            WarningLines.WritePlain(_host.Error, schema.Warnings, options.Verbose);
        }
        else
        {
            var console = ConsoleFactory.Create(_host.Out, _host.OutIsTerminal, _host.GetEnvironmentVariable("COLUMNS"));
            SchemaReport.Render(console, schema, summary, options.Verbose);
        }

        return ExitCodes.Ok;
    }

    private Task<DatabaseSchema> DiscoverAsync(ResolvedDatabase database, SchemaDiscoveryOptions options, CancellationToken cancellationToken)
    {
        if (!_host.ErrorIsTerminal)
        {
            return _host.SchemaSource.DiscoverAsync(database.Url, database.Target, options, cancellationToken);
        }

        return DiscoveryProgressDisplay.RunAsync(ConsoleFactory.Create(_host.Error, isTerminal: true), progress =>
            _host.SchemaSource.DiscoverAsync(database.Url, database.Target, options with { Progress = progress }, cancellationToken));
    }

    private void WriteDiagnostics(ConnectionTarget target)
    {
        _host.Error.WriteLine($"dataflow {CliVersion.Current} on .NET {Environment.Version}");
        _host.Error.WriteLine($"database: {target.DisplayUrl} ({target.Kind})");
        if (target.Kind == DatabaseKind.Sqlite)
        {
            _host.Error.WriteLine($"SQLite engine: {SqliteEngine.Version} from {SqliteEngine.Source}");
        }
    }
}
