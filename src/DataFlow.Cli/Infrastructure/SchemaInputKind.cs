namespace DataFlow.Cli.Infrastructure;

/// <summary>What one side of a comparison is.</summary>
internal enum SchemaInputKind
{
    /// <summary>A database URL, discovered read-only.</summary>
    Database,
    /// <summary>A snapshot file (<c>.json</c>).</summary>
    Snapshot,
    /// <summary>C# model source: a folder of <c>.cs</c> files or one <c>.cs</c> file, read with Roslyn.</summary>
    ModelSource,
    /// <summary>A compiled models assembly (<c>.dll</c>).</summary>
    ModelAssembly,
}
