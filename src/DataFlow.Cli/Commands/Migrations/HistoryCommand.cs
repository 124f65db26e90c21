using System.Globalization;
using System.Text;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Runner;

namespace DataFlow.Cli.Commands;

/// <summary><c>dataflow history</c>: the journal rows (files, auto-migrations, baselines, named migrations) and the repairs, oldest first. Reads only.</summary>
internal sealed class HistoryCommand(CliHost host)
    : MigrationCommand(host, "history", "Print the migration journal (dataflow_migrations): every file, auto-migration, baseline and named migration recorded, with checksum, time, duration, who and tool version; then the repairs. Reads only.", locks: false, usesFolder: false)
{
    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(MigrationRunner runner, ResolvedDatabase database, MigrationCommandOptions options, CancellationToken cancellationToken)
    {
        var (entries, repairs) = await runner.HistoryAsync(cancellationToken);
        if (options.Json)
        {
            await Host.Out.WriteAsync(MigrationJson.Render(new
            {
                url = database.Target.DisplayUrl,
                entries = entries.Select(MigrationJson.Entry),
                repairs = repairs.Select(r => new
                {
                    version = r.Version,
                    name = r.Name,
                    action = r.Action,
                    oldChecksum = r.OldChecksum,
                    newChecksum = r.NewChecksum,
                    repairedBy = r.RepairedBy,
                    repairedAt = MigrationJournal.FormatTime(r.RepairedAt),
                    toolVersion = r.ToolVersion,
                }),
            }));
            return ExitCodes.Ok;
        }

        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"Migration history of {database.Target.DisplayUrl}\n");
        foreach (var e in entries)
        {
            var checksum = e.Checksum is null ? "-" : e.Checksum[..12];
            text.Append(inv, $"  {MigrationJournal.FormatTime(e.AppliedAt)}  {JournalText.Of(e.Kind),-8} {e.Version ?? "-",-6} {e.Name,-30} {JournalText.Of(e.Status),-11} {e.Duration.TotalMilliseconds,6:0} ms  {checksum}  {e.AppliedBy}  {e.ToolVersion}\n");
        }

        foreach (var r in repairs)
        {
            text.Append(inv, $"  {MigrationJournal.FormatTime(r.RepairedAt)}  repair   {r.Version ?? "-",-6} {r.Name,-30} {r.Action} {r.OldChecksum ?? "-"} -> {r.NewChecksum ?? "-"} by {r.RepairedBy}\n");
        }

        text.Append(inv, $"{entries.Count} journal rows, {repairs.Count} repairs.\n");
        await Host.Out.WriteAsync(text.ToString());
        return ExitCodes.Ok;
    }
}
