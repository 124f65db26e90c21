using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataFlow.Tests.CodeGen;

/// <summary>Compiles generated C# with Roslyn against the running framework's assemblies.</summary>
internal static class GeneratedCode
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(DataFlow.Annotations.IndexAttribute).Assembly.Location))
            .ToArray());

    /// <summary>The errors and warnings of compiling <paramref name="sources"/> as a library (nullable warnings count).</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<string> sources) =>
        Compile(sources, "Scaffolded").GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();

    /// <summary>
    /// Compiles <paramref name="sources"/> (deterministically, against the assembly images <paramref name="references"/>
    /// too) and returns the assembly image; fails the test on errors.
    /// </summary>
    public static byte[] Emit(IEnumerable<string> sources, string assemblyName, params byte[][] references)
    {
        using var image = new MemoryStream();
        var result = Compile(sources, assemblyName, references).Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        return image.ToArray();
    }

    private static CSharpCompilation Compile(IEnumerable<string> sources, string assemblyName, byte[][]? references = null)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: $"file{i}.cs")).ToList();
        return CSharpCompilation.Create(
            assemblyName,
            trees,
            References.Value.Concat((references ?? []).Select(r => (MetadataReference)MetadataReference.CreateFromImage(r))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

    /// <summary>Fails the test, listing the first problems, when <paramref name="sources"/> do not compile cleanly.</summary>
    public static void AssertCompiles(IEnumerable<string> sources, string what)
    {
        var problems = Problems(sources);
        Assert.True(problems.Count == 0, $"{what}: {problems.Count} compiler problems:\n" + string.Join("\n", problems.Take(20)));
    }
}
