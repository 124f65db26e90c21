using DataFlow.Safety;
using DataFlow.Workflows;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>
/// <c>ColumnRemovalNode</c>: removes a column through the <see cref="ColumnRemovalManager"/>: dependency analysis,
/// a backup (the column's values, the whole table, both or none), dependents dropped only when
/// <c>drop_dependents</c> says so (otherwise the removal is refused with the list), then the column. Needs
/// <c>confirm_data_loss: true</c> unless <c>dry_run</c>, which outputs the staged SQL and changes nothing. Outputs the
/// dependents, the SQL, the risk and the backup tables a restore (<see cref="ColumnRemovalManager.RestoreAsync"/>) reads.
/// </summary>
internal sealed class ColumnRemovalNode(DataFlowDb db) : Node
{
    private static readonly string[] OutputNames = ["dependents", "sql", "risk", "backup_table", "snapshot_table", "dry_run", "result"];

    /// <inheritdoc />
    public override string Description => "Removes a column after dependency analysis and a backup; refuses while dependents are unhandled.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("table", ParameterType.String) { Required = true, Description = "The table (schema.table outside the search path)." },
        new("column_name", ParameterType.String) { Required = true, Description = "The column to remove." },
        new("backup", ParameterType.String) { Default = "column", AllowedValues = ["column", "table", "both", "none"], Description = "What to copy first: the key and the column's values, the whole table, both, or nothing." },
        new("drop_dependents", ParameterType.Boolean) { Default = false, Description = "Drop the indexes, constraints, views, triggers and policies that use the column (kept in the backup for a restore); otherwise refuse." },
        new("confirm_data_loss", ParameterType.Boolean) { Default = false, Description = "Required to remove the column (not for a dry run)." },
        new("dry_run", ParameterType.Boolean) { Default = false, Description = "Output the dependents and the staged SQL without changing anything." },
        new("input", ParameterType.Any) { Description = "Connect another node's result here to run after it (the value is not used)." },
    ];

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = context.Inputs;
        var manager = new ColumnRemovalManager(db);
        var plan = await manager.PlanAsync(
            new ColumnRemovalRequest
            {
                Table = inputs.Get<string>("table"),
                Column = inputs.Get<string>("column_name"),
                Backup = inputs.Get<string>("backup") switch
                {
                    "table" => ColumnBackupKind.Table,
                    "both" => ColumnBackupKind.Column | ColumnBackupKind.Table,
                    "none" => ColumnBackupKind.None,
                    _ => ColumnBackupKind.Column,
                },
                DefaultHandling = inputs.Get<bool>("drop_dependents") ? DependentHandling.Drop : DependentHandling.Refuse,
            },
            cancellationToken);
        var dryRun = inputs.Get<bool>("dry_run");
        var removal = await manager.RemoveAsync(plan, new ColumnRemovalOptions { Confirm = inputs.Get<bool>("confirm_data_loss"), DryRun = dryRun }, cancellationToken);
        IReadOnlyList<KeyValuePair<string, object?>> values =
        [
            new("dependents", plan.Dependents.Select(d => d.ToString()).ToList()),
            new("sql", removal.Statements),
            new("risk", RiskOutput.Of(plan.Risk)),
            new("backup_table", removal.Backup.ColumnTable),
            new("snapshot_table", removal.Backup.SnapshotTable),
            new("dry_run", dryRun),
        ];
        return new NodeOutput([.. values, new("result", values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))]);
    }
}
