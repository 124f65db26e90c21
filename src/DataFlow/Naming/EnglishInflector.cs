using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Humanizer;
using Humanizer.Inflections;

namespace DataFlow.Naming;

/// <summary>
/// Humanizer's English <c>Pluralize</c>/<c>Singularize</c> with the same results and a much cheaper first call (ADR
/// 0021). Humanizer evaluates its 92 vocabulary rules with <see cref="RegexOptions.Compiled"/> regexes: building them
/// emits their IL (~25 ms of CPU) and the first name of a process JIT-compiles, fully optimised, the IL of every rule
/// it tries (~70 ms) — before any model can be registered. This class evaluates the very same rules (patterns,
/// replacements, uncountables, read from Humanizer: <see cref="VocabularySource"/>), in the same order and by the same
/// algorithm, with interpreted regexes: what a regex matches does not depend on <see cref="RegexOptions.Compiled"/>.
/// When the rules cannot be read (another Humanizer version laid out differently), it calls Humanizer itself.
/// </summary>
internal static class EnglishInflector
{
    private static readonly Lazy<Rules?> Vocabulary = new(Rules.TryRead);

    /// <summary>Whether the rules were read (false: every call goes to Humanizer).</summary>
    public static bool UsesOwnRules => Vocabulary.Value is not null;

    private static readonly FieldInfo? DefaultVocabulary =
        typeof(Vocabularies).GetFields(BindingFlags.Static | BindingFlags.NonPublic).FirstOrDefault(f => f.FieldType == typeof(Lazy<Vocabulary>));

    private static volatile bool s_humanizerBuilt;

    /// <summary>Exactly <c>word.Pluralize(inputIsKnownToBeSingular)</c> of Humanizer.</summary>
    public static string Pluralize(string word, bool inputIsKnownToBeSingular = true) =>
        !HumanizerVocabularyBuilt && Vocabulary.Value is { } rules ? rules.Pluralize(word, inputIsKnownToBeSingular) : word.Pluralize(inputIsKnownToBeSingular);

    /// <summary>Exactly <c>word.Singularize(inputIsKnownToBePlural)</c> of Humanizer.</summary>
    public static string Singularize(string word, bool inputIsKnownToBePlural = true) =>
        !HumanizerVocabularyBuilt && Vocabulary.Value is { } rules ? rules.Singularize(word, inputIsKnownToBePlural) : word.Singularize(inputIsKnownToBePlural);

    /// <summary>Whether calls go to Humanizer's own vocabulary because the application has built it (see <see cref="HumanizerVocabularyBuilt"/>).</summary>
    /// <remarks>Also true when Humanizer's vocabulary field cannot be found (another Humanizer version): whether the
    /// application changed it is then unknown, so callers that must know (the model cache) stay out of the way.</remarks>
    internal static bool FollowsHumanizer => DefaultVocabulary is null || HumanizerVocabularyBuilt;

    /// <summary>
    /// Whether the application has built Humanizer's <see cref="Vocabularies.Default"/> (to add its own rules, or by
    /// using Humanizer itself): from then on every call goes to Humanizer, so its rules count and its compiled regexes,
    /// already paid for, are used.
    /// </summary>
    private static bool HumanizerVocabularyBuilt
    {
        get
        {
            if (!s_humanizerBuilt && DefaultVocabulary?.GetValue(null) is Lazy<Vocabulary> { IsValueCreated: true })
            {
                s_humanizerBuilt = true;
            }

            return s_humanizerBuilt;
        }
    }

    /// <summary>Humanizer's vocabulary, its regexes rebuilt without <see cref="RegexOptions.Compiled"/>, and its algorithm.</summary>
    internal sealed class Rules(IReadOnlyList<(Regex Regex, string Replacement)> plurals, IReadOnlyList<(Regex Regex, string Replacement)> singulars, ICollection<string> uncountables)
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;

        public IReadOnlyList<(Regex Regex, string Replacement)> Plurals { get; } = plurals;

        public IReadOnlyList<(Regex Regex, string Replacement)> Singulars { get; } = singulars;

        /// <summary>Humanizer's <c>Vocabulary.Pluralize</c>.</summary>
        public string Pluralize(string word, bool inputIsKnownToBeSingular)
        {
            var result = Apply(Plurals, word);
            if (inputIsKnownToBeSingular)
            {
                return result ?? word;
            }

            var asSingular = Apply(Singulars, word);
            var asSingularAsPlural = Apply(Plurals, asSingular);
            if (asSingular is not null && asSingular != word && asSingular + "s" != word && asSingularAsPlural == word && result != word)
            {
                return word;
            }

            return result!;
        }

        /// <summary>Humanizer's <c>Vocabulary.Singularize</c> (without <c>skipSimpleWords</c>).</summary>
        public string Singularize(string word, bool inputIsKnownToBePlural)
        {
            var result = Apply(Singulars, word);
            if (inputIsKnownToBePlural)
            {
                return result ?? word;
            }

            var asPlural = Apply(Plurals, word);
            var asPluralAsSingular = Apply(Singulars, asPlural);
            if (asPlural != word && word + "s" != asPlural && asPluralAsSingular == word && result != word)
            {
                return word;
            }

            return result ?? word;
        }

        /// <summary>
        /// Humanizer's <c>Vocabulary.ApplyRules</c>: an uncountable word (looked up in lower case, as Humanizer does) stays;
        /// else the last matching rule wins, its result's first letter upper-cased when the word's was; null when none matches.
        /// </summary>
        public string? Apply(IReadOnlyList<(Regex Regex, string Replacement)> rules, string? word)
        {
            if (word is null)
            {
                return null;
            }

            if (word.Length < 1 || uncountables.Contains(word.ToLower(System.Globalization.CultureInfo.CurrentCulture)))
            {
                return word;
            }

            for (var i = rules.Count - 1; i >= 0; i--)
            {
                var (regex, replacement) = rules[i];
                if (regex.IsMatch(word))
                {
                    var result = regex.Replace(word, replacement);
                    return char.IsUpper(word[0]) && char.IsLower(result[0]) ? char.ToUpper(result[0], System.Globalization.CultureInfo.CurrentCulture) + result[1..] : result;
                }
            }

            return null;
        }

        /// <summary>
        /// Humanizer's rules, read without building <see cref="Vocabularies.Default"/> (whose 92 compiled regexes cost
        /// ~25 ms of CPU to emit) from the IL of <c>Vocabularies.BuildDefault</c> (<see cref="VocabularySource"/>);
        /// failing that, from the built vocabulary's fields; null when neither has the expected shape.
        /// </summary>
        public static Rules? TryRead()
        {
            try
            {
                var type = typeof(Vocabulary);
                if (type.GetMethod("Pluralize", [typeof(string), typeof(bool)]) is null || type.GetMethod("ApplyRules", Instance) is null ||
                    type.GetField("_letterS", Instance) is not null || type.GetField("_uncountables", Instance)?.FieldType != typeof(List<string>))
                {
                    return null;
                }

                if (VocabularySource.TryRead() is { } source)
                {
                    return new Rules(
                        [.. source.Plurals.Select(r => (Interpreted(r.Pattern), r.Replacement))],
                        [.. source.Singulars.Select(r => (Interpreted(r.Pattern), r.Replacement))],
                        source.Uncountables);
                }

                return FromFields(Vocabularies.Default);
            }
            catch (Exception e) when (e is FieldAccessException or InvalidCastException or NullReferenceException or ArgumentException or BadImageFormatException)
            {
                return null;
            }
        }

        /// <summary>The rules of a built vocabulary, from its private fields.</summary>
        public static Rules? FromFields(Vocabulary vocabulary)
        {
            var type = typeof(Vocabulary);
            if (type.GetField("_plurals", Instance)?.GetValue(vocabulary) is not IList plurals ||
                type.GetField("_singulars", Instance)?.GetValue(vocabulary) is not IList singulars ||
                type.GetField("_uncountables", Instance)?.GetValue(vocabulary) is not ICollection<string> uncountables)
            {
                return null;
            }

            return new Rules(Interpreted(plurals), Interpreted(singulars), uncountables);
        }

        /// <summary>Humanizer's rule regex options (<c>IgnoreCase | Compiled</c>) without <c>Compiled</c>.</summary>
        private static Regex Interpreted(string pattern) => new(pattern, RegexOptions.IgnoreCase);

        private static List<(Regex, string)> Interpreted(IList rules)
        {
            var result = new List<(Regex, string)>(rules.Count);
            foreach (var rule in rules)
            {
                var type = rule!.GetType();
                var regex = (Regex)type.GetField("_regex", Instance)!.GetValue(rule)!;
                var replacement = (string)type.GetField("_replacement", Instance)!.GetValue(rule)!;
                result.Add((new Regex(regex.ToString(), regex.Options & ~RegexOptions.Compiled, regex.MatchTimeout), replacement));
            }

            return result;
        }
    }
}
