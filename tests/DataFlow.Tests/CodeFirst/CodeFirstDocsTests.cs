using System.Text.RegularExpressions;
using DataFlow.CodeFirst;
using DataFlow.Diff;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.CodeFirst;

/// <summary>The example of docs/code-first-models.md works: its classes are in sync with its SQL, read from source and by reflection.</summary>
public class CodeFirstDocsTests(PostgresDatabase db) : IClassFixture<PostgresDatabase>
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "code-first-models.md"));

    private static string Block(string language) =>
        Regex.Match(Doc, "```" + language + "\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public async Task The_documented_classes_are_in_sync_with_the_documented_sql()
    {
        await db.ExecuteAsync(Block("sql"));
        await using var dataFlow = new DataFlowDb(db.Url);
        var discovered = await dataFlow.DiscoverSchemaAsync();

        foreach (var models in new[] { ShopModels.FromSource("postgresql", Block("csharp")), ShopModels.FromReflection("postgresql", ModelSchemaReader.IsModelType, Block("csharp")) })
        {
            var diff = SchemaDiffer.Compare(discovered, models);
            Assert.True(diff.Changes.IsEmpty, string.Join("\n", diff.Changes.Select(c => $"{c.Action} {c.Path} {c.Property}: {c.Before} -> {c.After}")));
        }
    }
}
