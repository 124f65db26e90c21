using DataFlow.Diff;
using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <summary>
/// Turns a <see cref="SchemaDiff"/> into an ordered <see cref="MigrationPlan"/>: SQL rendered by the dialect's
/// <see cref="Ddl.IDdlRenderer"/>, in dependency order (types before tables, tables before foreign keys, views last),
/// each step with its static risk. Confirmed renames become RENAME; probable renames, destructive steps (unless
/// <see cref="MigrationPlannerOptions.AllowDestructive"/>) and changes DataFlow cannot render are written disabled.
/// On SQLite, changes <c>ALTER TABLE</c> cannot make become a table rebuild.
/// </summary>
public static class MigrationPlanner
{
    /// <summary>Plans the migration from <paramref name="from"/> to <paramref name="to"/> described by <paramref name="diff"/>.</summary>
    /// <param name="from">The schema as it is (the database, or the last snapshot).</param>
    /// <param name="to">The schema as it must become.</param>
    /// <param name="diff">The diff of the two (<see cref="SchemaDiffer.Compare"/>, with the confirmed renames).</param>
    /// <param name="options">Planner options; null for the defaults.</param>
    /// <exception cref="DataFlowConfigurationException">The schemas are of different dialects (<c>DF-PLAN-003</c>) or of an unknown one (<c>DF-PLAN-002</c>).</exception>
    public static MigrationPlan Plan(DatabaseSchema from, DatabaseSchema to, SchemaDiff diff, MigrationPlannerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(diff);
        if (!string.Equals(from.Dialect, to.Dialect, StringComparison.Ordinal) && !IsEmpty(from))
        {
            throw DataFlowErrors.DialectMismatch(from.Dialect, to.Dialect);
        }

        return new PlanBuilder(from, to, options ?? MigrationPlannerOptions.Default).Build(diff);
    }

    /// <summary>Compares the schemas (with <paramref name="diffOptions"/>) and plans the migration.</summary>
    public static MigrationPlan Plan(DatabaseSchema from, DatabaseSchema to, DiffOptions? diffOptions = null, MigrationPlannerOptions? options = null) =>
        Plan(from, to, SchemaDiffer.Compare(from, to, diffOptions), options);

    private static bool IsEmpty(DatabaseSchema schema) =>
        schema.Tables.IsEmpty && schema.Views.IsEmpty && schema.Enums.IsEmpty && schema.Domains.IsEmpty && schema.Sequences.IsEmpty;
}
