namespace DataFlow.Migrations;

/// <summary>What applying one <see cref="MigrationUnit"/> did.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Duration">How long its SQL took.</param>
/// <param name="Statements">How many commands were sent (1 for a transactional script sent whole).</param>
internal sealed record AppliedMigration(MigrationUnit Unit, TimeSpan Duration, int Statements);
