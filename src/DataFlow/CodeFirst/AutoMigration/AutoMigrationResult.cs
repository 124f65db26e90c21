using DataFlow.Migrations.Risk;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>What <see cref="DataFlowDb.MigrateAsync"/> did for the code-first models.</summary>
public sealed record AutoMigrationResult
{
    /// <summary>True when the cheap check (journal entry of this model hash, every model column present) found nothing to do.</summary>
    public bool UpToDate { get; init; }

    /// <summary>The DDL statements applied (empty when nothing was applied); all of them ran in one transaction.</summary>
    public IReadOnlyList<string> AppliedStatements { get; init; } = [];

    /// <summary>Differences that are not additive (drop, type change, NOT NULL on a column with NULLs, rename): never applied automatically.</summary>
    public IReadOnlyList<PendingModelChange> PendingChanges { get; init; } = [];

    /// <summary>The hash of the models' schema, recorded with the journal entry of an auto-migration.</summary>
    public required string ModelHash { get; init; }

    /// <summary>
    /// True when the models' tables and hash came from the model cache (<see cref="DataFlowOptions.UseModelCache"/>), that
    /// is an earlier process read the same build of the models; false when they were read from the classes.
    /// </summary>
    public bool ModelsFromCache { get; init; }
}

/// <summary>A difference between a model and its table that auto-migration does not apply.</summary>
/// <param name="Path">The object, e.g. <c>public.products.price</c>.</param>
/// <param name="Description">What differs, e.g. <c>column type: integer → text</c>.</param>
/// <param name="Risk">How risky applying it would be.</param>
/// <param name="Command">The command that applies it explicitly as a versioned migration.</param>
public sealed record PendingModelChange(string Path, string Description, RiskLevel Risk, string Command);
