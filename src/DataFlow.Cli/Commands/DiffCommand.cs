using System.CommandLine;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Diff;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow diff</c>: compares two schemas, each a snapshot file, a live database or C# models (source folder or
/// assembly), and prints the changes grouped by object kind. Exit 0 in sync, 2 differences (or objects not compared), 1 error.
/// </summary>
internal sealed class DiffCommand : Command
{
    private const string About =
        "Compare two schemas (databases, snapshot files or C# models) and list what changed from --from to --to: tables, columns, keys, " +
        "constraints, indexes, views, types, sequences, comments; destructive changes and probable renames are flagged.";

    private readonly CliHost _host;
    private readonly Option<string?> _from = new("--from")
    {
        Description = "The starting schema: a database URL, a snapshot file (.json), a folder of C# models or a models .dll.", HelpName = "URL|SNAPSHOT|DIR|DLL",
    };

    private readonly Option<string?> _to = new("--to")
    {
        Description = "The target schema: a database URL, a snapshot file (.json), a folder of C# models or a models .dll.", HelpName = "URL|SNAPSHOT|DIR|DLL",
    };

    private readonly Option<string?> _models = CommonOptions.Models("C# models (folder of .cs files or a .dll) as the side --from or --to leaves out.");
    private readonly Option<string?> _dialect = CommonOptions.Dialect();
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
        Options.Add(_models);
        Options.Add(_dialect);
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
        From = parseResult.GetValue(_from),
        To = parseResult.GetValue(_to),
        Models = parseResult.GetValue(_models),
        Dialect = parseResult.GetValue(_dialect),
        Renames = parseResult.GetValue(_rename) ?? [],
        AllowNotCompared = parseResult.GetValue(_allowNotCompared),
        Json = parseResult.GetValue(_json),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Loads both sides, compares them and prints the result; returns the exit code.</summary>
    public async Task<int> ExecuteAsync(DiffCommandOptions options, CancellationToken cancellationToken = default)
    {
        var renames = options.Renames.Select(text => RenameMapping.TryParse(text) ?? throw DataFlowErrors.InvalidRename(text)).ToList();
        var (fromSide, toSide) = Sides(options);
        var (from, to) = await SchemaInput.LoadPairAsync(fromSide, toSide, options.Dialect, _host, cancellationToken);
        var diff = SchemaDiffer.Compare(from, to, new DiffOptions { Renames = renames });
        await DiffOutput.WriteAsync(_host, diff, SchemaInput.Label(fromSide), SchemaInput.Label(toSide), options.Json, cancellationToken);
        return DiffExit.CodeFor(diff, options.AllowNotCompared);
    }

    // --models fills the side that --from/--to leaves out: diff --from URL --models DIR compares the database with the models.
    private static (string From, string To) Sides(DiffCommandOptions options) => (options.From, options.To, options.Models) switch
    {
        ({ } from, { } to, null) => (from, to),
        ({ } from, null, { } models) => (from, models),
        (null, { } to, { } models) => (models, to),
        _ => throw DataFlowErrors.ComparisonSidesInvalid(
            "diff", "give two schemas to compare.", "Use --from A --to B, or one of them with --models DIR (e.g. --from $DATABASE_URL --models Models)."),
    };
}
