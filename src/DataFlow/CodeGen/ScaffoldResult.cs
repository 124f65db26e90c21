namespace DataFlow.CodeGen;

/// <summary>What a scaffold run did on disk.</summary>
public sealed record ScaffoldResult
{
    /// <summary>Files created or rewritten because their content changed (full paths, ordinal order).</summary>
    public required IReadOnlyList<string> Written { get; init; }

    /// <summary>Generated files whose content was already identical and were not touched.</summary>
    public required IReadOnlyList<string> Unchanged { get; init; }

    /// <summary>Generated files removed because their table, view or enum no longer exists.</summary>
    public required IReadOnlyList<string> Removed { get; init; }

    /// <summary>The schema snapshot written beside the models.</summary>
    public required string SnapshotPath { get; init; }

    /// <summary>The schema hash written in every header.</summary>
    public required string SchemaHash { get; init; }
}
