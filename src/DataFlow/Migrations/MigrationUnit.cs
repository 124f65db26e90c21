using DataFlow.Migrations.Journal;

namespace DataFlow.Migrations;

/// <summary>
/// One unit of schema change that is applied and journaled as a whole: a SQL file, or one auto-migration.
/// </summary>
/// <param name="Kind"><see cref="MigrationKind.Sql"/> for a file, <see cref="MigrationKind.Auto"/> for an auto-migration.</param>
/// <param name="Version">The journal version (the file's number without leading zeros; null for an auto-migration).</param>
/// <param name="Name">The journal name (the file's description, or a one-line summary of the auto-migration).</param>
/// <param name="Sql">The SQL: the file's text, or the auto-migration's statements joined with <c>;</c> and new lines.</param>
/// <param name="Transactional">
/// True (the default) to run all statements and the journal row in one transaction; false for a file with the
/// <c>-- dataflow:no-transaction</c> directive (each statement commits on its own; e.g. <c>CREATE INDEX CONCURRENTLY</c>).
/// </param>
/// <param name="Metadata">A JSON object stored with the row, or null.</param>
internal sealed record MigrationUnit(MigrationKind Kind, string? Version, string Name, string Sql, bool Transactional = true, string? Metadata = null)
{
    /// <summary>The checksum recorded for the unit (<see cref="MigrationChecksum"/>).</summary>
    public string Checksum { get; } = MigrationChecksum.Of(Sql);

    /// <summary>The file the unit comes from (<c>002_orders.sql</c>), or null.</summary>
    public string? FileName { get; init; }

    /// <summary>How the unit is named in messages: the file name, else <c>version name</c>, or the name alone.</summary>
    public string Label => FileName ?? (Version is null ? Name : Version + " " + Name);
}
