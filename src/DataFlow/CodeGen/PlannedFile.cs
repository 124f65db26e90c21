namespace DataFlow.CodeGen;

/// <summary>
/// A file of a scaffold whose path is decided but whose text is not rendered yet. Files render independently of each
/// other (the names are all decided by the plan), so the writer renders them on its threads, overlapping the file
/// system's waits (docs/benchmarks.md#scaffolding).
/// </summary>
/// <param name="RelativePath">The path under the models folder, with <c>/</c> separators (<c>Generated/User.cs</c>).</param>
/// <param name="QualifiedName">The table, view or enum the file holds (<c>schema.name</c>); see <see cref="ScaffoldedFile.QualifiedName"/>.</param>
/// <param name="Render">Renders the file text for the headers of a context.</param>
internal sealed record PlannedFile(string RelativePath, string? QualifiedName, Func<ScaffoldContext, string> Render);
