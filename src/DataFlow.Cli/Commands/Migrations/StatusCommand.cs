using System.Globalization;
using System.Text;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Runner;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow status</c>: every migration version with its state (applied, baselined, pending, out-of-order,
/// changed, missing, failed). Reads only. Exit 0 (problems are listed; <c>validate</c> fails on them), 1 error.
/// </summary>
internal sealed class StatusCommand(CliHost host)
    : MigrationCommand(host, "status", "List the migration files and the journal side by side: applied, baselined, pending, out-of-order, changed (checksum differs), missing (file gone), failed. Reads only.", locks: false)
{
    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(MigrationRunner runner, ResolvedDatabase database, MigrationCommandOptions options, CancellationToken cancellationToken)
    {
        var (folder, plan) = await runner.StatusAsync(options.Dir, cancellationToken);
        if (options.Json)
        {
            await Host.Out.WriteAsync(MigrationJson.Render(new
            {
                url = database.Target.DisplayUrl,
                folder = options.Dir,
                baseline = plan.Baseline,
                highestApplied = plan.HighestApplied,
                migrations = plan.Items.Select(MigrationJson.Item),
                ignoredFiles = folder.Ignored,
                counts = Enum.GetValues<ScriptState>().ToDictionary(MigrationJson.StateText, s => plan.In(s).Count()),
            }));
            return ExitCodes.Ok;
        }

        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"Migrations of {database.Target.DisplayUrl} in {options.Dir}\n");
        var width = plan.Items.Select(i => i.Label.Length).DefaultIfEmpty(0).Max();
        foreach (var item in plan.Items)
        {
            var applied = item.Entry is { } entry ? $"  {MigrationJournal.FormatTime(entry.AppliedAt)} by {entry.AppliedBy}" : string.Empty;
            text.Append(inv, $"  {MigrationJson.StateText(item.State),-12} {(applied.Length == 0 ? item.Label : item.Label.PadRight(width))}{applied}\n");
        }

        foreach (var ignored in folder.Ignored)
        {
            text.Append(inv, $"  {"ignored",-12} {ignored} (not named NNN_name.sql)\n");
        }

        var counts = Enum.GetValues<ScriptState>().Where(s => plan.In(s).Any()).Select(s => $"{plan.In(s).Count()} {MigrationJson.StateText(s)}");
        text.Append(inv, $"{(plan.Items.Count == 0 ? "No migrations." : string.Join(", ", counts))}{(plan.Baseline is { } b ? $" (baseline {b})" : string.Empty)}\n");
        await Host.Out.WriteAsync(text.ToString());
        return ExitCodes.Ok;
    }
}
