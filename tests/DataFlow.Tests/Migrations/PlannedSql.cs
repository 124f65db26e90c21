using DataFlow.Diff;
using DataFlow.Migrations.Planning;
using DataFlow.Schema;

namespace DataFlow.Tests.Migrations;

/// <summary>Plans between two schemas and returns the statements as text: enabled as is, disabled prefixed with <c>-- </c>.</summary>
internal static class PlannedSql
{
    public static string[] Of(DatabaseSchema from, DatabaseSchema to, MigrationPlannerOptions? options = null, params RenameMapping[] renames) =>
        Lines(MigrationPlanner.Plan(from, to, new DiffOptions { Renames = renames }, options));

    public static string[] Lines(MigrationPlan plan) =>
        plan.Steps.SelectMany(s => s.Statements.Select(sql => (s.IsEnabled ? "" : "-- ") + sql)).ToArray();
}
