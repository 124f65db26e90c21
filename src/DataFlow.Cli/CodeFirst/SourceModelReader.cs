using DataFlow.CodeFirst;
using DataFlow.CodeFirst.Reading;
using DataFlow.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataFlow.Cli.CodeFirst;

/// <summary>
/// Reads C# model source files with Roslyn's parser (no build, no references needed) and builds their schema with the
/// same conventions as <see cref="ModelSchemaReader"/>. Model classes are those with <c>[Table]</c>, <c>[View]</c> or
/// <c>[DatabaseObjects]</c> on any of their partial declarations; every enum in the files is known to them.
/// </summary>
internal static class SourceModelReader
{
    /// <summary>Reads the <c>.cs</c> files under <paramref name="path"/> (a folder, without <c>bin/</c> and <c>obj/</c>, or one file).</summary>
    /// <exception cref="DataFlowConfigurationException"><c>DF-CF-002</c> no such path; <c>DF-CF-006</c> a file with syntax errors; <c>DF-CF-007</c> no model class.</exception>
    public static async Task<DatabaseSchema> ReadAsync(string path, ModelReadOptions options, CancellationToken cancellationToken = default)
    {
        var dialect = ModelDialects.For(options.Dialect);
        var files = SourceFiles(path);
        var texts = await Task.WhenAll(files.Select(f => File.ReadAllTextAsync(f, cancellationToken)));
        var types = Read(files.Zip(texts, (file, text) => (file, text)));
        if (!types.Any(t => !t.IsEnum))
        {
            throw DataFlowErrors.NoModelsFound(path);
        }

        return ModelSchemaBuilder.Build(types, dialect);
    }

    /// <summary>Reads model classes and enums from source texts (<c>(path, text)</c> pairs; the path names errors).</summary>
    public static IReadOnlyList<ModelTypeData> Read(IEnumerable<(string Path, string Text)> sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var classes = new Dictionary<string, List<TypeDeclarationSyntax>>(StringComparer.Ordinal);
        var enums = new List<EnumDeclarationSyntax>();
        // Parsing is most of the work and each file stands alone: parse in parallel, collect in file order.
        var trees = sources.AsParallel().AsOrdered().Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)).ToList();
        foreach (var tree in trees)
        {
            var file = tree.FilePath;
            var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            if (errors.Count > 0)
            {
                throw DataFlowErrors.ModelSourceInvalid(file, errors);
            }

            var root = tree.GetCompilationUnitRoot();
            foreach (var declaration in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<TypeDeclarationSyntax>())
            {
                if (declaration is ClassDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)SyntaxKind.StructKeyword })
                {
                    var name = declaration.Identifier.ValueText;
                    if (!classes.TryGetValue(name, out var parts))
                    {
                        classes[name] = parts = [];
                    }

                    parts.Add(declaration);
                }
            }

            enums.AddRange(root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<EnumDeclarationSyntax>());
        }

        var enumNames = enums.Select(e => e.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
        var result = enums.Select(ReadEnum).ToList();
        foreach (var (name, parts) in classes)
        {
            var attributes = parts.SelectMany(p => SourceAttributes.Read(p.AttributeLists)).ToList();
            if (ModelSchemaReader.IsModelClass(attributes.Select(a => a.Name)))
            {
                var properties = Inherited(parts, classes).SelectMany(p => p.Members.OfType<PropertyDeclarationSyntax>()).Where(IsMappable)
                    .Select(p => ReadProperty(p, enumNames)).ToList();
                result.Add(new ModelTypeData(name, IsEnum: false, attributes, properties, []));
            }
        }

        return result;
    }

    // The declarations of a class preceded by those of its base classes found among the files (base properties first, as reflection reads them).
    private static IEnumerable<TypeDeclarationSyntax> Inherited(List<TypeDeclarationSyntax> parts, Dictionary<string, List<TypeDeclarationSyntax>> classes)
    {
        var chain = new List<List<TypeDeclarationSyntax>> { parts };
        var seen = new HashSet<List<TypeDeclarationSyntax>> { parts };
        while (chain[^1].Select(p => p.BaseList?.Types.FirstOrDefault()?.Type).OfType<TypeSyntax>().FirstOrDefault() is { } baseType &&
               classes.TryGetValue(SourceTypes.Name(baseType).Name, out var baseParts) && seen.Add(baseParts))
        {
            chain.Add(baseParts);
        }

        return Enumerable.Reverse(chain).SelectMany(p => p);
    }

    private static List<string> SourceFiles(string path)
    {
        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }

        if (!Directory.Exists(path))
        {
            throw DataFlowErrors.ModelsNotFound(path);
        }

        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(separator + "bin" + separator, StringComparison.Ordinal) && !f.Contains(separator + "obj" + separator, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static ModelTypeData ReadEnum(EnumDeclarationSyntax declaration)
    {
        var members = new List<ModelEnumMemberData>();
        var next = 0L;
        foreach (var member in declaration.Members)
        {
            // An explicit value that is not a literal (A = B | C) reads as unknown: -1 is never taken for the default 0.
            var value = member.EqualsValue is { } explicitValue ? SourceAttributes.Number(explicitValue.Value) ?? -1 : next;
            members.Add(new ModelEnumMemberData(
                member.Identifier.ValueText,
                SourceAttributes.Read(member.AttributeLists).FirstOrDefault(a => a.Name == "EnumMember")?.NamedText("Value"),
                value));
            next = value + 1;
        }

        return new ModelTypeData(declaration.Identifier.ValueText, IsEnum: true, SourceAttributes.Read(declaration.AttributeLists), [], members);
    }

    // Public instance properties with a setter (or init): what the reflection reader sees too.
    private static bool IsMappable(PropertyDeclarationSyntax property) =>
        property.Modifiers.Any(SyntaxKind.PublicKeyword) && !property.Modifiers.Any(SyntaxKind.StaticKeyword) &&
        property.AccessorList?.Accessors.Any(a => a.Kind() is SyntaxKind.SetAccessorDeclaration or SyntaxKind.InitAccessorDeclaration) == true;

    private static ModelPropertyData ReadProperty(PropertyDeclarationSyntax property, HashSet<string> enumNames)
    {
        var (typeName, isNullable) = SourceTypes.Name(property.Type);
        var initializer = property.Initializer?.Value is { } value ? SourceAttributes.Initializer(value, enumNames.Contains(typeName)) : null;
        return new ModelPropertyData(property.Identifier.ValueText, typeName, isNullable, SourceAttributes.Read(property.AttributeLists), initializer);
    }
}
