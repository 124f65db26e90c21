namespace DataFlow.CodeGen;

/// <summary>What <see cref="ModelScaffolder"/> generates and where it writes it.</summary>
public sealed record ScaffoldOptions
{
    /// <summary>The models folder; generated files go to its <c>Generated/</c> subfolder, the snapshot beside it.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The C# namespace of the generated types. Default <c>Models</c>.</summary>
    public string Namespace { get; init; } = "Models";

    /// <summary>
    /// Globs (<c>*</c>, <c>?</c>; <c>schema.name</c> or <c>name</c>) of the tables and views to (re)write. Empty
    /// writes all. Names and navigations are still computed from the whole schema; other generated files are left as they are.
    /// </summary>
    public IReadOnlyList<string> Tables { get; init; } = [];

    /// <summary>Write one <c>Generated/Models.cs</c> instead of one file per table, view and enum.</summary>
    public bool SingleFile { get; init; }

    /// <summary>A time to print in the headers; null (the default) keeps regeneration byte-identical.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The database URL the schema came from, shown masked in the headers.</summary>
    public string? SourceUrl { get; init; }
}
