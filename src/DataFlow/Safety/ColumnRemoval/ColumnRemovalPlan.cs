using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <summary>The staged plan of a removal: backup → dependent objects → constraints → indexes → column → validation.</summary>
public sealed record ColumnRemovalPlan
{
    /// <summary>The request.</summary>
    public required ColumnRemovalRequest Request { get; init; }

    /// <summary>The table as the catalog spells it.</summary>
    public required string Table { get; init; }

    /// <summary>Every dependent found.</summary>
    public required IReadOnlyList<ColumnDependent> Dependents { get; init; }

    /// <summary>Dependents whose handling is <see cref="DependentHandling.Refuse"/> (a plan with any cannot run).</summary>
    public required IReadOnlyList<ColumnDependent> Refused { get; init; }

    /// <summary>The steps in order.</summary>
    public required IReadOnlyList<RemovalStep> Steps { get; init; }

    /// <summary>The static risk (drop column: data loss) with the fact <c>row_count</c>.</summary>
    public required RiskAssessment Risk { get; init; }

    /// <summary>What a restore needs: the column's definition and the full table as it was.</summary>
    public required ColumnBackup Backup { get; init; }

    /// <summary>The plan's SQL, one statement per line, as a dry run prints it.</summary>
    public string Script => string.Join(Environment.NewLine, Steps.Select(s => s.Sql + ";"));
}

/// <summary>One step of a <see cref="ColumnRemovalPlan"/>.</summary>
/// <param name="Stage">Its stage.</param>
/// <param name="Sql">The statement (a <c>--</c> comment for a SQLite rebuild or a check).</param>
public sealed record RemovalStep(RemovalStage Stage, string Sql);

/// <summary>The stages of a removal, in order.</summary>
public enum RemovalStage
{
    /// <summary>Backup tables.</summary>
    Backup,

    /// <summary>Views, materialized views, triggers, policies, generated columns.</summary>
    DependentObjects,

    /// <summary>Check, unique and foreign key constraints (both directions).</summary>
    Constraints,

    /// <summary>Indexes.</summary>
    Indexes,

    /// <summary>The column itself.</summary>
    Column,

    /// <summary>Replacements, then the check that the column is gone.</summary>
    Validation,
}

/// <summary>Everything a restore needs; returned by a removal and kept by the caller.</summary>
public sealed record ColumnBackup
{
    /// <summary>The table (qualified).</summary>
    public required string Table { get; init; }

    /// <summary>The removed column as it was (type, nullability, default).</summary>
    public required Column Column { get; init; }

    /// <summary>The key columns used to put the values back.</summary>
    public required IReadOnlyList<string> Key { get; init; }

    /// <summary>The column backup table (key + values), or null.</summary>
    public string? ColumnTable { get; init; }

    /// <summary>The table snapshot, or null.</summary>
    public string? SnapshotTable { get; init; }

    /// <summary>The dependents dropped, to create again (in the order of <see cref="ColumnRemovalManager.RestoreAsync"/>).</summary>
    public required IReadOnlyList<ColumnDependent> Dependents { get; init; }

    /// <summary>SQLite: the table as it was, rebuilt back to on restore (its checks, foreign keys, generated columns and indexes).</summary>
    public Table? SqliteTable { get; init; }

    /// <summary>SQLite: the tables whose foreign keys referenced the column, as they were.</summary>
    public IReadOnlyList<Table> SqliteReferencingTables { get; init; } = [];
}

/// <summary>What a removal did.</summary>
/// <param name="Statements">The statements run (a dry run: the statements it would run).</param>
/// <param name="DryRun">True when nothing ran.</param>
/// <param name="Backup">The backup to restore from.</param>
public sealed record ColumnRemovalResult(IReadOnlyList<string> Statements, bool DryRun, ColumnBackup Backup);
