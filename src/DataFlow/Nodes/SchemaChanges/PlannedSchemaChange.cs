using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>The DDL of one <see cref="SchemaOperation"/> on one dialect, with its static risk.</summary>
/// <param name="Description">What it does (<c>add column users.phone_number</c>), the journal entry's name.</param>
/// <param name="Statements">The statements in order, without trailing semicolons.</param>
/// <param name="Risk">The static risk (the engine adds data facts).</param>
/// <param name="IsRebuild">True for a SQLite table rebuild (needs foreign keys off outside the transaction).</param>
/// <param name="NoTransaction">True when a statement cannot run inside a transaction (<c>CONCURRENTLY</c>).</param>
/// <param name="LosesData">True for drop_column and a narrowing type change (needs <c>confirm_data_loss</c>).</param>
/// <param name="Table">The table as it was read before the change.</param>
internal sealed record PlannedSchemaChange(
    string Description, IReadOnlyList<string> Statements, RiskAssessment Risk, bool IsRebuild, bool NoTransaction, bool LosesData, Table Table)
{
    /// <summary>SQLite: another table's foreign key references this one (a rebuild inside a transaction would fire its actions).</summary>
    public bool IsReferenced { get; init; }
}
