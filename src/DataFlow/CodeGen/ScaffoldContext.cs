namespace DataFlow.CodeGen;

/// <summary>What every generated file shares: namespace and header values.</summary>
/// <param name="Namespace">The C# namespace (validated).</param>
/// <param name="MaskedUrl">The source URL with its password masked.</param>
/// <param name="SchemaHash">The schema hash from <see cref="Snapshots.SchemaSnapshot.ComputeHash"/>.</param>
/// <param name="Timestamp">The generation time, or null for byte-identical output.</param>
internal sealed record ScaffoldContext(string Namespace, string MaskedUrl, string SchemaHash, DateTimeOffset? Timestamp);
