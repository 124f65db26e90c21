using DataFlow.CodeGen;
using DataFlow.Diff;

namespace DataFlow.Watch;

/// <summary>The models were (re)generated: once when watching starts, then after every schema change.</summary>
public sealed record ModelsRegenerated : SchemaWatchEvent
{
    /// <summary>
    /// True for the scaffold made when watching starts. Its <see cref="Diff"/> compares the snapshot found in the
    /// models folder (the previous scaffold) with the database, or is null when there was none.
    /// </summary>
    public required bool IsInitial { get; init; }

    /// <summary>
    /// The semantic diff from the previous schema to the current one. Empty (but not null) when the schema hash
    /// changed without a difference the diff compares.
    /// </summary>
    public required SchemaDiff? Diff { get; init; }

    /// <summary>What the scaffold wrote: changed files only, unchanged ones are not touched.</summary>
    public required ScaffoldResult Result { get; init; }

    /// <summary>The schema hash before the change; null for the first scaffold without a snapshot.</summary>
    public string? PreviousHash { get; init; }
}
