using DataFlow.Connections;
using DataFlow.Data;
using DataFlow.Nodes.SchemaChanges;

namespace DataFlow.Migrations.Risk;

/// <summary>
/// Assesses a schema change before it runs: the static findings of <see cref="RiskRules"/> (level LOW / MEDIUM / HIGH
/// / CRITICAL, categories, stable <see cref="RiskCodes"/>) for the DDL DataFlow would run on this database, plus facts
/// measured in the data (row counts, NULL counts for NOT NULL, duplicate counts for unique, value lengths and ranges
/// for a narrowing type change). Read-only: it runs counting queries and never changes the schema, so it works in
/// <see cref="DataFlowOptions.ExistingSchemaMode"/>. <c>SchemaModificationNode</c> uses it for its <c>risk</c> output.
/// </summary>
/// <example>
/// <code>
/// var risk = await new RiskAssessmentEngine(db).AssessAsync(new SchemaOperation
///     { Table = "users", Operation = "add_constraint", ConstraintType = "not_null", ColumnName = "email" });
/// if (risk.Level >= RiskLevel.High) { /* look at risk.Facts: null_count */ }
/// </code>
/// </example>
public sealed partial class RiskAssessmentEngine(DataFlowDb db)
{
    /// <summary>The assessment of <paramref name="operation"/> with facts from the data.</summary>
    /// <exception cref="DataFlowException">The table or column does not exist (<c>DF-NODE-001</c>/<c>-002</c>), or the operation is invalid (<c>DF-SCHEMA-…</c>).</exception>
    public async Task<RiskAssessment> AssessAsync(SchemaOperation operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        await using var session = await db.Data.OpenAsync(cancellationToken);
        return (await PlanAsync(session, db.Data, operation, "risk", cancellationToken)).Risk;
    }

    /// <summary>
    /// Reads the table on <paramref name="session"/>, plans the DDL of <paramref name="operation"/>, and measures its
    /// facts; the plan's <see cref="PlannedSchemaChange.Risk"/> carries them.
    /// </summary>
    internal static async Task<PlannedSchemaChange> PlanAsync(DataSession session, DataConnections data, SchemaOperation operation, string nodeId, CancellationToken cancellationToken)
    {
        var target = data.Target;
        var read = await SchemaTableReader.ReadAsync(session, data, operation.Table, cancellationToken)
            ?? throw DataFlowErrors.NodeTableNotFound(nodeId, "table", operation.Table, null);
        var (table, rebuild, referenced) = read;
        var change = new SchemaChangeBuilder(nodeId, target.Kind, session.Dialect, rebuild).Build(operation, table) with { IsReferenced = referenced };
        var newType = operation.Operation == "alter_column_type" && operation.ColumnType is { } written ? ColumnTypes.Map(nodeId, written, target.Kind).Type : null;
        var facts = await RiskDataFacts.MeasureAsync(session, operation, change, newType, cancellationToken);
        return change with { Risk = change.Risk.WithFacts(facts) };
    }
}
