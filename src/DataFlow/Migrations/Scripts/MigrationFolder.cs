namespace DataFlow.Migrations.Scripts;

/// <summary>The migration files of a folder, in version order.</summary>
/// <param name="Path">The folder.</param>
/// <param name="Scripts">The files named <c>NNN_name.sql</c>, by version.</param>
/// <param name="Ignored">The other <c>.sql</c> files (not run; listed by <c>dataflow status</c>).</param>
internal sealed record MigrationFolder(string Path, IReadOnlyList<MigrationScript> Scripts, IReadOnlyList<string> Ignored);
