using System.CommandLine;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Migrations.Planning;
using DataFlow.Migrations.Risk;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow plan</c>: the risk assessment of a migration before it runs. <c>--file</c> assesses each statement of a
/// migration file (with data facts from <c>--url</c> when given; unrecognised statements are listed as not assessed);
/// <c>--url … --to SNAPSHOT|MODELS</c> assesses the steps of the diff. Exit 0, 2 when <c>--fail-at</c> is reached, 1 error.
/// </summary>
internal sealed class PlanCommand : Command
{
    private const string About =
        "Assess the risk of a migration file (--file) or of the diff from a database to a snapshot or models (--url --to): exit 0, 2 at or above --fail-at, 1 error.";

    private readonly CliHost _host;
    private readonly Option<string?> _file = new("--file", "-f") { Description = "A migration file to assess statement by statement.", HelpName = "FILE" };
    private readonly Option<string?> _url = new("--url", "-u") { Description = "The database: the diff's start, or where --file's data facts (row, NULL, duplicate counts) come from.", HelpName = "URL" };
    private readonly Option<string?> _to = new("--to") { Description = "The schema to reach: a snapshot file or C# models (a folder of .cs files or a .dll).", HelpName = "SNAPSHOT|MODELS" };
    private readonly Option<string?> _dialect = CommonOptions.Dialect();
    private readonly Option<string?> _failAt = new("--fail-at") { Description = "Exit 2 when the highest risk is at or above LOW, MEDIUM, HIGH or CRITICAL.", HelpName = "LEVEL" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the assessment as JSON to stdout." };
    private readonly Option<bool> _verbose = CommonOptions.Verbose();

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public PlanCommand(CliHost host)
        : base("plan", About)
    {
        _host = host;
        Options.Add(_file);
        Options.Add(_url);
        Options.Add(_to);
        Options.Add(_dialect);
        Options.Add(_failAt);
        Options.Add(_json);
        Options.Add(_verbose);
        SetAction((parseResult, cancellationToken) =>
        {
            var options = Bind(parseResult);
            return CommandRunner.RunAsync(_host, options.Verbose, () => ExecuteAsync(options, cancellationToken));
        });
    }

    /// <summary>Reads the typed options from a parse result.</summary>
    public PlanOptions Bind(ParseResult parseResult) => new()
    {
        File = parseResult.GetValue(_file),
        Url = parseResult.GetValue(_url),
        To = parseResult.GetValue(_to),
        Dialect = parseResult.GetValue(_dialect),
        FailAt = parseResult.GetValue(_failAt),
        Json = parseResult.GetValue(_json),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Assesses, prints, and returns the exit code.</summary>
    public async Task<int> ExecuteAsync(PlanOptions options, CancellationToken cancellationToken = default)
    {
        var failAt = options.FailAt is null ? (RiskLevel?)null : RiskLevels.Parse(options.FailAt);
        var (source, items) = (options.File, options.To) switch
        {
            ({ } file, null) => (file, await FileItemsAsync(file, options, cancellationToken)),
            (null, { } to) => (to, await DiffItemsAsync(to, options, cancellationToken)),
            _ => throw DataFlowErrors.ComparisonSidesInvalid(
                "plan", "give either a migration file or a schema to reach.", "Use --file FILE (with --url for data facts) or --url URL --to SNAPSHOT|MODELS."),
        };
        var level = items.Where(i => i.Assessed).Select(i => i.Risk.Level).DefaultIfEmpty(RiskLevel.Low).Max();
        await RiskPlanOutput.WriteAsync(_host, source, items, level, options.Json, cancellationToken);
        return failAt is { } limit && items.Any(i => i.Assessed && i.Risk.Level >= limit) ? ExitCodes.DriftOrRisk : ExitCodes.Ok;
    }

    private async Task<IReadOnlyList<RiskPlanItem>> FileItemsAsync(string file, PlanOptions options, CancellationToken cancellationToken)
    {
        var script = await System.IO.File.ReadAllTextAsync(file, cancellationToken);
        IReadOnlyList<StatementRisk> statements;
        if (options.Url is null)
        {
            statements = RiskAssessmentEngine.AssessScript(script, options.Dialect ?? "postgresql");
        }
        else
        {
            var database = ResolvedDatabase.Resolve(options.Url, _host);
            await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = database.Url, ExistingSchemaMode = true });
            statements = await new RiskAssessmentEngine(db).AssessScriptAsync(script, cancellationToken);
        }

        return [.. statements.Select(s => new RiskPlanItem(s.Sql, [s.Sql], s.Assessed, s.Risk, s.Note))];
    }

    private async Task<IReadOnlyList<RiskPlanItem>> DiffItemsAsync(string to, PlanOptions options, CancellationToken cancellationToken)
    {
        var database = ResolvedDatabase.Resolve(options.Url, _host);
        var from = await _host.SchemaSource.DiscoverAsync(database.Url, database.Target, Discovery.SchemaDiscoveryOptions.Default, cancellationToken);
        var target = await SchemaInput.LoadAsync(to, options.Dialect ?? from.Dialect, _host, cancellationToken);
        var plan = MigrationPlanner.Plan(from, target, options: new MigrationPlannerOptions { AllowDestructive = true });
        return [.. plan.Steps.Select(s => new RiskPlanItem(s.Description, [.. s.Statements], true, s.Risk, s.Hint))];
    }
}
