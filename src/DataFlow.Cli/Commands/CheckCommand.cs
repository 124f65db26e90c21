using System.CommandLine;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Diff;
using DataFlow.Discovery;
using DataFlow.Snapshots;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow check</c>: the CI drift gate. Compares a live database with a snapshot file; exit 0 in sync,
/// 2 drift (the diff is printed) or objects that could not be compared, 1 error.
/// </summary>
internal sealed class CheckCommand : Command
{
    private const string About =
        "Check that a database still matches a snapshot (the CI drift gate): exit 0 in sync, 2 drift or objects not compared, 1 error.";

    private readonly CliHost _host;
    private readonly Option<string?> _url = new("--url", "-u") { Description = "The database to check. Default: $DATABASE_URL.", HelpName = "URL" };
    private readonly Option<string> _snapshot = new("--snapshot") { Description = "The expected schema: a file written by dataflow discover --out.", HelpName = "FILE", Required = true };
    private readonly Option<bool> _allowNotCompared = CommonOptions.AllowNotCompared();
    private readonly Option<bool> _json = new("--json") { Description = "Print the result as JSON to stdout." };
    private readonly Option<bool> _verbose = CommonOptions.Verbose();

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public CheckCommand(CliHost host)
        : base("check", About)
    {
        _host = host;
        Options.Add(_url);
        Options.Add(_snapshot);
        Options.Add(_allowNotCompared);
        Options.Add(_json);
        Options.Add(_verbose);
        SetAction((parseResult, cancellationToken) =>
        {
            var options = Bind(parseResult);
            return CommandRunner.RunAsync(_host, options.Verbose, () => ExecuteAsync(options, cancellationToken));
        });
    }

    /// <summary>Reads the typed options from a parse result.</summary>
    public CheckOptions Bind(ParseResult parseResult) => new()
    {
        Url = parseResult.GetValue(_url),
        Snapshot = parseResult.GetValue(_snapshot)!,
        AllowNotCompared = parseResult.GetValue(_allowNotCompared),
        Json = parseResult.GetValue(_json),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Reads the snapshot, discovers the database, compares and prints; returns the exit code.</summary>
    public async Task<int> ExecuteAsync(CheckOptions options, CancellationToken cancellationToken = default)
    {
        var expected = await SchemaSnapshot.ReadAsync(options.Snapshot, cancellationToken);
        var database = ResolvedDatabase.Resolve(options.Url, _host);
        var actual = await _host.SchemaSource.DiscoverAsync(database.Url, database.Target, SchemaDiscoveryOptions.Default, cancellationToken);
        var diff = SchemaDiffer.Compare(expected, actual);
        await DiffOutput.WriteAsync(_host, diff, options.Snapshot, database.Target.DisplayUrl, options.Json, cancellationToken);
        return DiffExit.CodeFor(diff, options.AllowNotCompared);
    }
}
