namespace DataFlow.Migrations.Journal;

/// <summary>The state of a journal row.</summary>
internal enum MigrationStatus
{
    /// <summary>Applied (or baselined) successfully.</summary>
    Completed,

    /// <summary>Failed; for a file that ran outside a transaction some of its statements may have stayed applied.</summary>
    Failed,

    /// <summary>Undone by a later step (named migrations).</summary>
    RolledBack,

    /// <summary>Announced but not applied yet (named migrations).</summary>
    Pending,
}
