using DataFlow.Migrations.Ddl;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <summary>The ordered steps that lead from one schema to another, for one dialect.</summary>
public sealed record MigrationPlan
{
    /// <summary>The dialect the SQL is written for.</summary>
    public required string Dialect { get; init; }

    /// <summary>The steps in dependency order.</summary>
    public required EquatableArray<MigrationStep> Steps { get; init; }

    /// <summary>True when there is nothing to do.</summary>
    public bool IsEmpty => Steps.IsEmpty;

    /// <summary>The highest risk of the enabled steps.</summary>
    public RiskLevel Risk => Steps.Where(s => s.IsEnabled).Select(s => s.Risk.Level).DefaultIfEmpty(RiskLevel.Low).Max();

    /// <summary>True when at least one step is written commented out.</summary>
    public bool HasDisabledSteps => Steps.Any(s => !s.IsEnabled);

    /// <summary>How the enabled statements must be run.</summary>
    public MigrationTransactionMode TransactionMode =>
        Steps.Any(s => s.IsEnabled && s.IsTableRebuild) ? MigrationTransactionMode.SelfManaged
        : Steps.Any(s => s.IsEnabled && s.RequiresNoTransaction) ? MigrationTransactionMode.NoTransaction
        : MigrationTransactionMode.Transaction;

    /// <summary>
    /// The enabled statements as they must be sent: for <see cref="MigrationTransactionMode.SelfManaged"/> framed with
    /// <c>PRAGMA foreign_keys</c> and <c>BEGIN</c>/<c>COMMIT</c> (see <see cref="SqliteTableRebuild.Script"/>).
    /// </summary>
    public IReadOnlyList<string> EnabledStatements()
    {
        var statements = Steps.Where(s => s.IsEnabled).SelectMany(s => s.Statements).ToList();
        return TransactionMode == MigrationTransactionMode.SelfManaged ? SqliteTableRebuild.Script(statements) : statements;
    }
}
