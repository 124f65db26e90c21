namespace DataFlow.CodeGen;

/// <summary>A scaffold ready to be written: its files planned, the schema hash, and the snapshot when already serialized.</summary>
/// <param name="Files">The files in their stable order, not yet rendered.</param>
/// <param name="SchemaHash">The schema hash every header carries.</param>
/// <param name="SnapshotJson">The snapshot document (UTF-8), or null to serialize it while writing.</param>
internal sealed record PlannedScaffold(IReadOnlyList<PlannedFile> Files, string SchemaHash, byte[]? SnapshotJson);
