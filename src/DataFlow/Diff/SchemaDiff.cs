using DataFlow.Schema;

namespace DataFlow.Diff;

/// <summary>The result of <see cref="SchemaDiffer.Compare"/>: ordered changes plus the objects that could not be compared.</summary>
public sealed record SchemaDiff
{
    /// <summary>The changes, ordered by object kind, then path, then property.</summary>
    public required EquatableArray<SchemaChange> Changes { get; init; }

    /// <summary>Objects listed as warnings by either side; they were not compared.</summary>
    public required EquatableArray<NotComparedObject> NotCompared { get; init; }

    /// <summary>True when at least one change was found.</summary>
    public bool HasChanges => !Changes.IsEmpty;

    /// <summary>True only when no change was found and every object could be compared.</summary>
    public bool IsInSync => Changes.IsEmpty && NotCompared.IsEmpty;

    /// <summary>True when at least one change is destructive.</summary>
    public bool HasDestructiveChanges => Changes.Any(c => c.IsDestructive);
}
