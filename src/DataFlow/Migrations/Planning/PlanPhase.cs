namespace DataFlow.Migrations.Planning;

/// <summary>The dependency order of a plan: steps run phase by phase, in diff order within a phase.</summary>
internal enum PlanPhase
{
    /// <summary>Views whose definition or tables change are dropped first, dependents before what they read.</summary>
    DropViews = 0,
    /// <summary>Foreign keys removed, changed, or of tables about to be dropped.</summary>
    DropForeignKeys,
    /// <summary>Primary keys, unique and check constraints removed or changed.</summary>
    DropConstraints,
    /// <summary>Indexes removed or changed.</summary>
    DropIndexes,
    /// <summary>Schemas the new objects live in (PostgreSQL).</summary>
    CreateSchemas,
    /// <summary>Enums, enum values, domains and sequences the tables need.</summary>
    CreateTypes,
    /// <summary>Confirmed table and column renames.</summary>
    Renames,
    /// <summary>New tables (PostgreSQL: without foreign keys).</summary>
    CreateTables,
    /// <summary>New partitions, after the partitioned tables they belong to.</summary>
    CreatePartitions,
    /// <summary>Column changes of existing tables, and SQLite table rebuilds.</summary>
    AlterTables,
    /// <summary>Columns dropped from existing tables.</summary>
    DropColumns,
    /// <summary>Primary keys, unique and check constraints added.</summary>
    AddConstraints,
    /// <summary>Foreign keys added, after every table exists (so cycles work).</summary>
    AddForeignKeys,
    /// <summary>Indexes created.</summary>
    CreateIndexes,
    /// <summary>Tables dropped.</summary>
    DropTables,
    /// <summary>Types, domains and sequences dropped, once no column uses them.</summary>
    DropTypes,
    /// <summary>Views created, each after the views it reads.</summary>
    CreateViews,
    /// <summary>Sequences attached to the columns that own them.</summary>
    SequenceOwnership,
    /// <summary>Comments.</summary>
    Comments,
    /// <summary>Changes DataFlow leaves for a person, written as comments.</summary>
    Manual,
}
