using System.CommandLine;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Diff;
using DataFlow.Discovery;
using DataFlow.Snapshots;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow check</c>: the CI drift gate. Compares a live database with a snapshot file or C# models; exit 0 in
/// sync, 2 drift (the diff is printed) or objects that could not be compared, 1 error.
/// </summary>
internal sealed class CheckCommand : Command
{
    private const string About =
        "Check that a database still matches a snapshot or C# models (the CI drift gate): exit 0 in sync, 2 drift or objects not compared, 1 error.";

    private readonly CliHost _host;
    private readonly Option<string?> _url = new("--url", "-u") { Description = "The database to check. Default: $DATABASE_URL.", HelpName = "URL" };
    private readonly Option<string?> _snapshot = new("--snapshot") { Description = "The expected schema: a file written by dataflow discover --out.", HelpName = "FILE" };
    private readonly Option<string?> _models = CommonOptions.Models("The expected schema as C# models: a folder of .cs files (read without a build) or a models .dll.");
    private readonly Option<string?> _dialect = CommonOptions.Dialect();
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
        Options.Add(_models);
        Options.Add(_dialect);
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
        Snapshot = parseResult.GetValue(_snapshot),
        Models = parseResult.GetValue(_models),
        Dialect = parseResult.GetValue(_dialect),
        AllowNotCompared = parseResult.GetValue(_allowNotCompared),
        Json = parseResult.GetValue(_json),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Reads the snapshot or models, discovers the database, compares and prints; returns the exit code.</summary>
    public async Task<int> ExecuteAsync(CheckOptions options, CancellationToken cancellationToken = default)
    {
        var expectedSource = (options.Snapshot, options.Models) switch
        {
            ({ } snapshotFile, null) => snapshotFile,
            (null, { } models) => models,
            _ => throw DataFlowErrors.ComparisonSidesInvalid(
                "check", "give the expected schema once.", "Use --snapshot FILE or --models DIR (a folder of C# models or a .dll), not both."),
        };
        // A snapshot is read before connecting (a bad path fails fast); models are read in the database's dialect, after it.
        var snapshot = options.Snapshot is null ? null : await SchemaSnapshot.ReadAsync(expectedSource, cancellationToken);
        var database = ResolvedDatabase.Resolve(options.Url, _host);
        var actual = await _host.SchemaSource.DiscoverAsync(database.Url, database.Target, SchemaDiscoveryOptions.Default, cancellationToken);
        var expected = snapshot ?? await SchemaInput.LoadAsync(expectedSource, options.Dialect ?? actual.Dialect, _host, cancellationToken);
        var diff = SchemaDiffer.Compare(expected, actual);
        await DiffOutput.WriteAsync(_host, diff, expectedSource, database.Target.DisplayUrl, options.Json, cancellationToken);
        return DiffExit.CodeFor(diff, options.AllowNotCompared);
    }
}
