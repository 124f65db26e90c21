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
            .ToArray());

    /// <summary>The errors and warnings of compiling <paramref name="sources"/> as a library (nullable warnings count).</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<string> sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: $"file{i}.cs")).ToList();
        var compilation = CSharpCompilation.Create(
            "Scaffolded",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
    }

    /// <summary>Fails the test, listing the first problems, when <paramref name="sources"/> do not compile cleanly.</summary>
    public static void AssertCompiles(IEnumerable<string> sources, string what)
    {
        var problems = Problems(sources);
        Assert.True(problems.Count == 0, $"{what}: {problems.Count} compiler problems:\n" + string.Join("\n", problems.Take(20)));
    }
}
