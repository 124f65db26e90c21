using System.CommandLine;
using System.Globalization;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Migrations.Runner;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow migrate</c>: applies the pending <c>NNN_name.sql</c> files in order, each in its own transaction
/// (unless it opts out), under the migration lock, recording each in the journal. Exit 0 ok, 1 error.
/// </summary>
internal sealed class MigrateCommand : MigrationCommand
{
    private const string About =
        "Apply the pending NNN_name.sql files of --dir in version order, each in one transaction with its journal row " +
        "(a file starting with '-- dataflow:no-transaction' runs statement by statement), under a lock so that concurrent runs apply each file once.";

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print what would be applied; change nothing (no lock, no journal table)." };
    private readonly Option<string?> _target = new("--target") { Description = "Apply files up to this version only.", HelpName = "VERSION" };
    private readonly Option<bool> _allowOutOfOrder = new("--allow-out-of-order") { Description = "Also apply pending files numbered below the highest applied version." };

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public MigrateCommand(CliHost host)
        : base(host, "migrate", About, locks: true)
    {
        Options.Add(_dryRun);
        Options.Add(_target);
        Options.Add(_allowOutOfOrder);
    }

    /// <inheritdoc />
    protected override MigrationCommandOptions BindMore(ParseResult parseResult, MigrationCommandOptions options) => options with
    {
        DryRun = parseResult.GetValue(_dryRun),
        Target = parseResult.GetValue(_target),
        AllowOutOfOrder = parseResult.GetValue(_allowOutOfOrder),
    };

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(MigrationRunner runner, ResolvedDatabase database, MigrationCommandOptions options, CancellationToken cancellationToken)
    {
        var result = await runner.MigrateAsync(new MigrateRequest
        {
            Folder = options.Dir,
            Target = ParseVersion("--target", options.Target),
            DryRun = options.DryRun,
            AllowOutOfOrder = options.AllowOutOfOrder,
            Lock = LockOptions(options),
        }, cancellationToken);
        await Host.Out.WriteAsync(options.Json ? Json(result, database, options) : Text(result, database, options));
        return ExitCodes.Ok;
    }

    private static string Json(MigrateResult result, ResolvedDatabase database, MigrationCommandOptions options) => MigrationJson.Render(new
    {
        url = database.Target.DisplayUrl,
        folder = options.Dir,
        dryRun = result.DryRun,
        @lock = new { waited = result.LockWaited, waitMs = (long)result.LockWait.TotalMilliseconds, holder = result.LockHolder },
        planned = result.Planned.Select(s => new { version = s.Version, name = s.Name, file = s.FileName, transactional = !s.NoTransaction, checksum = s.Checksum }),
        applied = result.Applied.Select(a => new { version = a.Unit.Version, name = a.Unit.Name, durationMs = (long)a.Duration.TotalMilliseconds }),
    });

    private static string Text(MigrateResult result, ResolvedDatabase database, MigrationCommandOptions options)
    {
        var text = new System.Text.StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"{(result.DryRun ? "Dry run of" : "Migrating")} {database.Target.DisplayUrl} from {options.Dir}\n");
        if (result.LockWaited)
        {
            text.Append(inv, $"Waited {result.LockWait.TotalSeconds:0.00} s for the migration lock (held by {result.LockHolder ?? "another process"}).\n");
        }

        if (result.Planned.Count == 0)
        {
            text.Append("Nothing to apply: the database is up to date.\n");
            return text.ToString();
        }

        if (result.DryRun)
        {
            foreach (var script in result.Planned)
            {
                text.Append(inv, $"  would apply {script.FileName}{(script.NoTransaction ? " (no transaction)" : string.Empty)}\n");
            }

            text.Append(inv, $"{result.Planned.Count} to apply; nothing was changed.\n");
            return text.ToString();
        }

        foreach (var (applied, script) in result.Applied.Zip(result.Planned))
        {
            text.Append(inv, $"  applied {script.FileName} ({applied.Duration.TotalMilliseconds:0} ms{(script.NoTransaction ? ", no transaction" : string.Empty)})\n");
        }

        text.Append(inv, $"{result.Applied.Count} applied; the database is at version {result.Planned[^1].Version}.\n");
        return text.ToString();
    }
}
