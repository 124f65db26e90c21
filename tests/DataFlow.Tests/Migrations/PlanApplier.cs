using DataFlow.Migrations.Planning;

namespace DataFlow.Tests.Migrations;

/// <summary>Applies a plan through the guarded schema-change executor, as the migrate runner will.</summary>
internal static class PlanApplier
{
    /// <summary>
    /// Runs the enabled statements on <paramref name="url"/>: in one transaction, or (for a self-managed SQLite rebuild
    /// or a no-transaction plan) one by one.
    /// </summary>
    public static async Task ApplyAsync(string url, MigrationPlan plan)
    {
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, EnableModelPersistence = false });
        await using var session = await db.Data.OpenAsync();
        var statements = plan.EnabledStatements();
        if (plan.TransactionMode == MigrationTransactionMode.Transaction)
        {
            await db.SchemaChanges.ExecuteInTransactionAsync(session, statements, "applying a migration plan");
            return;
        }

        foreach (var statement in statements)
        {
            await db.SchemaChanges.ExecuteAsync(session, statement, "applying a migration plan");
        }
    }
}
