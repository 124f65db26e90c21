namespace DataFlow.Migrations.Ddl;

/// <summary>A view a SQLite table rebuild drops and creates again.</summary>
/// <param name="Name">The view name.</param>
/// <param name="CreateSql">The complete <c>CREATE VIEW</c> statement.</param>
public sealed record SqliteDependentView(string Name, string CreateSql);
