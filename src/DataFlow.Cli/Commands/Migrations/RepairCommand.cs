using System.Globalization;
using System.Text;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Migrations.Runner;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow repair</c>: accepts deliberate edits of applied files (the journal takes the file's checksum) and
/// removes failed rows; each change is logged in <c>dataflow_migration_repairs</c> with who, when and both checksums.
/// </summary>
internal sealed class RepairCommand(CliHost host)
    : MigrationCommand(host, "repair", "Accept deliberate edits of applied files (record their new checksums) and remove failed rows from the journal; every change is logged with who, when, and the old and new checksum.", locks: true)
{
    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(MigrationRunner runner, ResolvedDatabase database, MigrationCommandOptions options, CancellationToken cancellationToken)
    {
        var repaired = await runner.RepairAsync(options.Dir, LockOptions(options), cancellationToken);
        if (options.Json)
        {
            await Host.Out.WriteAsync(MigrationJson.Render(new { url = database.Target.DisplayUrl, folder = options.Dir, repaired = repaired.Select(MigrationJson.Item) }));
            return ExitCodes.Ok;
        }

        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        foreach (var item in repaired)
        {
            if (item.State == ScriptState.Changed)
            {
                text.Append(inv, $"  {item.Label}: checksum {item.Entry!.Checksum} -> {item.Script!.Checksum}\n");
            }
            else
            {
                text.Append(inv, $"  {item.Label}: failed row removed\n");
            }
        }

        text.Append(inv, $"{(repaired.Count == 0 ? "Nothing to repair" : $"Repaired {repaired.Count}")} ({database.Target.DisplayUrl}, {options.Dir}).\n");
        await Host.Out.WriteAsync(text.ToString());
        return ExitCodes.Ok;
    }
}
