using System.CommandLine;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Diff;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow diff</c>: compares two schemas, each a snapshot file or a live database, and prints the changes
/// grouped by object kind. Exit 0 in sync, 2 differences (or objects not compared), 1 error.
/// </summary>
internal sealed class DiffCommand : Command
{
    private const string About =
        "Compare two schemas (snapshot files or databases) and list what changed from --from to --to: tables, columns, keys, " +
        "constraints, indexes, views, types, sequences, comments; destructive changes and probable renames are flagged.";

    private readonly CliHost _host;
    private readonly Option<string> _from = new("--from") { Description = "The starting schema: a snapshot file (.json) or a database URL.", HelpName = "SNAPSHOT|URL", Required = true };
    private readonly Option<string> _to = new("--to") { Description = "The target schema: a snapshot file (.json) or a database URL.", HelpName = "SNAPSHOT|URL", Required = true };
    private readonly Option<string[]> _rename = new("--rename") { Description = "Confirm a rename (repeatable): table.column=table.new_column or table=new_table.", HelpName = "FROM=TO" };
    private readonly Option<bool> _allowNotCompared = CommonOptions.AllowNotCompared();
    private readonly Option<bool> _json = new("--json") { Description = "Print the differences as JSON to stdout." };
    private readonly Option<bool> _verbose = CommonOptions.Verbose();

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public DiffCommand(CliHost host)
        : base("diff", About)
    {
        _host = host;
        Options.Add(_from);
        Options.Add(_to);
        Options.Add(_rename);
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
    public DiffCommandOptions Bind(ParseResult parseResult) => new()
    {
        From = parseResult.GetValue(_from)!,
        To = parseResult.GetValue(_to)!,
        Renames = parseResult.GetValue(_rename) ?? [],
        AllowNotCompared = parseResult.GetValue(_allowNotCompared),
        Json = parseResult.GetValue(_json),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Loads both sides, compares them and prints the result; returns the exit code.</summary>
    public async Task<int> ExecuteAsync(DiffCommandOptions options, CancellationToken cancellationToken = default)
    {
        var renames = options.Renames.Select(text => RenameMapping.TryParse(text) ?? throw DataFlowErrors.InvalidRename(text)).ToList();
        var from = await SchemaInput.LoadAsync(options.From, _host, cancellationToken);
        var to = await SchemaInput.LoadAsync(options.To, _host, cancellationToken);
        var diff = SchemaDiffer.Compare(from, to, new DiffOptions { Renames = renames });
        await DiffOutput.WriteAsync(_host, diff, SchemaInput.Label(options.From), SchemaInput.Label(options.To), options.Json, cancellationToken);
        return DiffExit.CodeFor(diff, options.AllowNotCompared);
    }
}
