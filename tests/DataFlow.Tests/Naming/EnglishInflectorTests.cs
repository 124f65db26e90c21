using System.Text.RegularExpressions;
using DataFlow.CodeFirst;
using DataFlow.Models;
using DataFlow.Naming;
using DataFlow.Tests.Infrastructure;
using Humanizer;

namespace DataFlow.Tests.Naming;

/// <summary>
/// <see cref="EnglishInflector"/> must give exactly Humanizer's results (it is the naming convention of tables and
/// models): compared word by word on every identifier of the fixture schemas, every word of the repository's docs,
/// a list of irregular English nouns, and variants of each (compound snake_case, PascalCase, upper case, digits).
/// </summary>
public sealed partial class EnglishInflectorTests
{
    private static readonly Lazy<IReadOnlyList<string>> Words = new(ReadWords);

    // The rules DataFlow evaluates itself (EnglishInflector hands every call to Humanizer once a test has built
    // Humanizer's vocabulary, so the comparisons call these directly).
    private static readonly Lazy<EnglishInflector.Rules> OwnRules = new(() => EnglishInflector.Rules.TryRead() ?? throw new InvalidOperationException("the rules could not be read"));

    [Fact]
    public void The_humanizer_rules_are_read_so_the_cheap_path_is_in_use()
    {
        Assert.True(EnglishInflector.UsesOwnRules);
    }

    [Fact]
    public void The_vocabulary_read_from_il_equals_the_one_humanizer_builds()
    {
        var source = VocabularySource.TryRead();
        Assert.NotNull(source);
        var vocabulary = FreshDefaultVocabulary();
        const System.Reflection.BindingFlags flags = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic;
        var type = vocabulary.GetType();
        Assert.Equal(RulesOf(type.GetField("_plurals", flags)!.GetValue(vocabulary)!), source.Plurals.Select(r => (r.Pattern, RegexOptions.IgnoreCase, r.Replacement)));
        Assert.Equal(RulesOf(type.GetField("_singulars", flags)!.GetValue(vocabulary)!), source.Singulars.Select(r => (r.Pattern, RegexOptions.IgnoreCase, r.Replacement)));
        // Humanizer keeps them in a List<string> (List.Contains: ordinal); the source in an ordinal set.
        var uncountables = (List<string>)type.GetField("_uncountables", flags)!.GetValue(vocabulary)!;
        Assert.Equal(uncountables.Distinct().Order(StringComparer.Ordinal), source.Uncountables.Order(StringComparer.Ordinal));
        Assert.Equal(StringComparer.Ordinal, source.Uncountables.Comparer);
        Assert.True(source.Plurals.Count > 30 && source.Singulars.Count > 30 && source.Uncountables.Count > 30, $"{source.Plurals.Count} {source.Singulars.Count} {source.Uncountables.Count}");
    }

    [Fact]
    public void The_fallback_reading_the_built_vocabulary_gives_the_same_results()
    {
        var rules = EnglishInflector.Rules.FromFields(FreshDefaultVocabulary());
        Assert.NotNull(rules);
        var differences = Words.Value.Where(w => w.Length > 1)
            .Where(w => rules.Pluralize(w, false) != w.Pluralize(false) || rules.Singularize(w, false) != w.Singularize(false) || rules.Pluralize(w, true) != w.Pluralize(true))
            .Take(20)
            .ToList();
        Assert.Empty(differences);
    }

    [Fact]
    public void The_word_list_is_large_and_holds_the_fixture_table_names()
    {
        Assert.True(Words.Value.Count > 20_000, $"only {Words.Value.Count} words");
        Assert.Contains("order_details", Words.Value);
        Assert.Contains("invoice_line", Words.Value);
    }

    [Fact]
    public void Rules_an_application_adds_to_humanizer_s_vocabulary_are_followed()
    {
        Humanizer.Inflections.Vocabularies.Default.AddIrregular("dataflowgoose", "dataflowgeese");

        Assert.Equal("dataflowgeese", EnglishInflector.Pluralize("dataflowgoose"));
        Assert.Equal("dataflowgoose", EnglishInflector.Singularize("dataflowgeese"));
        Assert.Equal("dataflowgeese", ModelNaming.TableName("Dataflowgoose"));
    }

    [Fact]
    public void Pluralize_equals_humanizer_for_every_word()
    {
        Assert.Empty(DifferencesFromHumanizer((w, known) => OwnRules.Value.Pluralize(w, known), (w, known) => w.Pluralize(known)));
    }

    [Fact]
    public void Singularize_equals_humanizer_for_every_word()
    {
        Assert.Empty(DifferencesFromHumanizer((w, known) => OwnRules.Value.Singularize(w, known), (w, known) => w.Singularize(known)));
    }

    // The first 20 words (each with the "known" flag true and false) where ours and Humanizer's outcome differ.
    private static List<string> DifferencesFromHumanizer(Func<string, bool, string> ours, Func<string, bool, string> theirs) =>
        Words.Value
            .SelectMany(w => new[] { (w, true), (w, false) })
            .Select(c => (c.w, Ours: Outcome(() => ours(c.w, c.Item2)), Theirs: Outcome(() => theirs(c.w, c.Item2))))
            .Where(c => c.Ours != c.Theirs)
            .Select(c => $"{c.w}: {c.Ours} vs {c.Theirs}")
            .Take(20)
            .ToList();

    [Fact]
    public void Table_and_model_names_equal_the_humanizer_conventions()
    {
        var differences = new List<string>();
        foreach (var word in Words.Value.Where(w => w.Length > 0 && char.IsLetter(w[0])))
        {
            var className = word.Pascalize();
            if (Outcome(() => ModelNaming.TableName(className)) != Outcome(() => className.Underscore().Pluralize(inputIsKnownToBeSingular: false)))
            {
                differences.Add("table of " + className);
            }

            if (Outcome(() => ModelNamer.Name(word)) != Outcome(() => HumanizerModelName(word)))
            {
                differences.Add("model of " + word);
            }
        }

        Assert.Empty(differences.Take(20));
    }

    [Theory]
    [InlineData("Person", "people")]
    [InlineData("OrderItem", "order_items")]
    [InlineData("Category", "categories")]
    [InlineData("Status", "statuses")]
    [InlineData("BenchModel001", "bench_model001s")]
    [InlineData("Sheep", "sheep")]
    public void Known_table_names(string className, string table)
    {
        Assert.Equal(table, ModelNaming.TableName(className));
    }

    // Each rule of a built vocabulary as (pattern, options without Compiled, replacement).
    private static IEnumerable<(string, RegexOptions, string)> RulesOf(object rules)
    {
        const System.Reflection.BindingFlags flags = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic;
        foreach (var rule in (System.Collections.IEnumerable)rules)
        {
            var regex = (Regex)rule.GetType().GetField("_regex", flags)!.GetValue(rule)!;
            yield return (regex.ToString(), regex.Options & ~RegexOptions.Compiled, (string)rule.GetType().GetField("_replacement", flags)!.GetValue(rule)!);
        }
    }

    // The result, or the exception type: Humanizer throws on a few degenerate inputs (an upper-case word whose
    // replacement is empty, e.g. "S"), and the same inputs must throw the same way.
    private static string Outcome(Func<string> name)
    {
        try
        {
            return "= " + name();
        }
        catch (IndexOutOfRangeException e)
        {
            return "! " + e.GetType().Name;
        }
    }

    // ModelNamer.Name with Humanizer's Singularize: the singular of the last word, PascalCase.
    private static string HumanizerModelName(string table)
    {
        var cleaned = new string([.. table.Select(c => char.IsLetterOrDigit(c) ? c : '_')]).Trim('_');
        if (cleaned.Length == 0)
        {
            return "Table";
        }

        var lastWord = cleaned.Split('_', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[^1] : cleaned;
        var singular = lastWord.Singularize(inputIsKnownToBePlural: false);
        var pascal = (cleaned[..^lastWord.Length] + (singular.Length == 0 ? lastWord : singular)).Pascalize().Replace("_", string.Empty, StringComparison.Ordinal);
        pascal = char.ToUpperInvariant(pascal[0]) + pascal[1..];
        return char.IsDigit(pascal[0]) ? "T" + pascal : pascal;
    }

    // Humanizer's default vocabulary as BuildDefault makes it: Vocabularies.Default may hold the rule another test adds.
    private static Humanizer.Inflections.Vocabulary FreshDefaultVocabulary() =>
        (Humanizer.Inflections.Vocabulary)typeof(Humanizer.Inflections.Vocabularies)
            .GetMethod("BuildDefault", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.Invoke(null, null)!;

    private static List<string> ReadWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var schemas = Directory.EnumerateFiles(RepositoryPaths.Fixtures, "schema.sql", SearchOption.AllDirectories);
        var docs = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md", SearchOption.AllDirectories);
        foreach (var file in schemas.Concat(docs))
        {
            foreach (Match match in Identifier().Matches(File.ReadAllText(file)))
            {
                words.Add(match.Value);
            }
        }

        words.UnionWith(Irregular);
        foreach (var word in words.ToList())
        {
            var lower = word.ToLowerInvariant();
            words.Add(lower);
            words.Add("order_" + lower);
            words.Add(word.ToUpperInvariant());
            words.Add(word.Pascalize());
            words.Add(lower + "2");
        }

        return [.. words.Order(StringComparer.Ordinal)];
    }

    // Irregular and rule-bound nouns: each ending the vocabulary treats specially, singular and plural.
    private static readonly string[] Irregular =
    [
        "person", "people", "man", "men", "woman", "women", "child", "children", "ox", "oxen", "goose", "geese", "mouse", "mice",
        "louse", "lice", "tooth", "teeth", "foot", "feet", "sex", "sexes", "move", "moves", "quiz", "quizzes", "matrix", "matrices",
        "vertex", "vertices", "index", "indices", "indexes", "box", "boxes", "church", "churches", "dish", "dishes", "class", "classes",
        "query", "queries", "ability", "abilities", "day", "days", "wife", "wives", "half", "halves", "wolf", "wolves", "safe", "safes",
        "analysis", "analyses", "basis", "bases", "crisis", "crises", "thesis", "theses", "datum", "data", "medium", "media", "curriculum",
        "buffalo", "buffaloes", "tomato", "tomatoes", "potato", "potatoes", "hero", "heroes", "photo", "photos", "bus", "buses", "alias",
        "aliases", "status", "statuses", "octopus", "octopi", "virus", "viri", "axis", "axes", "testis", "testes", "crisis", "news",
        "equipment", "information", "rice", "money", "species", "series", "fish", "sheep", "deer", "aircraft", "criterion", "criteria",
        "alumna", "alumnae", "alumnus", "alumni", "cactus", "cacti", "campus", "campuses", "address", "addresses", "access", "process",
        "s", "ss", "S", "is", "us", "a", "", "_", "shoe", "shoes", "movie", "movies", "cookie", "cookies", "zombie", "zombies", "die", "dice",
        "genus", "genera", "bureau", "bureaus", "phenomenon", "phenomena", "appendix", "appendices", "corpus", "corpora", "schema", "schemata",
    ];

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
