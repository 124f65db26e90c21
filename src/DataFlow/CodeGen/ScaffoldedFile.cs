namespace DataFlow.CodeGen;

/// <summary>One generated C# file.</summary>
/// <param name="RelativePath">The path under the models folder, with <c>/</c> separators (<c>Generated/User.cs</c>).</param>
/// <param name="Content">The file text (UTF-8, <c>\n</c> line endings).</param>
/// <param name="QualifiedName">The table, view or enum the file holds (<c>schema.name</c>); null for the single file.</param>
public sealed record ScaffoldedFile(string RelativePath, string Content, string? QualifiedName);
