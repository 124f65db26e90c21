namespace DataFlow.Migrations.Journal;

/// <summary>What a row of the migration journal records.</summary>
internal enum MigrationKind
{
    /// <summary>A versioned SQL file (<c>db_migrations/NNN_name.sql</c>) run by <c>dataflow migrate</c>.</summary>
    Sql,

    /// <summary>One additive auto-migration of code-first models (<c>AutoMigrate</c>).</summary>
    Auto,

    /// <summary>The adoption of an existing database: files up to this version count as applied without running.</summary>
    Baseline,

    /// <summary>A named migration whose status a workflow tracks (<c>MigrationNode</c>).</summary>
    Named,
}
