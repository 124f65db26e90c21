using System.Text;
using Humanizer;

namespace DataFlow.CodeGen;

/// <summary>Turns database names into C# names: PascalCase, singular class names, plural collections.</summary>
internal static class CodeNames
{
    /// <summary>
    /// PascalCase from any database name: words split at <c>_</c>, spaces and other non-identifier characters
    /// and at lower→upper case changes; ALL-CAPS words become Title case; a leading digit gets <c>_</c>.
    /// </summary>
    public static string Pascal(string name)
    {
        var result = new StringBuilder(name.Length);
        foreach (var word in Words(name))
        {
            var allUpper = word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
            result.Append(char.ToUpperInvariant(word[0]));
            result.Append(allUpper ? word[1..].ToLowerInvariant() : word[1..]);
        }

        if (result.Length == 0)
        {
            return "Unnamed";
        }

        return char.IsDigit(result[0]) ? "_" + result : result.ToString();
    }

    /// <summary>The singular PascalCase class name of a table (<c>order_items</c> → <c>OrderItem</c>).</summary>
    public static string ClassName(string tableName) => Singular(Pascal(tableName));

    /// <summary>The singular form of a PascalCase name (its last word singularized); the name itself when Humanizer has none.</summary>
    public static string Singular(string name) => Inflect(name, static word => word.Singularize(inputIsKnownToBePlural: false));

    /// <summary>The plural form of a PascalCase name (its last word pluralized).</summary>
    public static string Plural(string name)
    {
        var plural = Inflect(name, static word => word.Pluralize(inputIsKnownToBeSingular: false));
        return plural == name ? name + "Items" : plural;
    }

    private static string Inflect(string name, Func<string, string> inflect)
    {
        var start = name.Length - 1;
        while (start > 0 && !char.IsUpper(name[start]))
        {
            start--;
        }

        try
        {
            var word = inflect(name[start..]);
            return word.Length == 0 ? name : name[..start] + word;
        }
        catch (IndexOutOfRangeException)
        {
            // Humanizer 2.14 throws on some short upper-case words; such a word stays as it is.
            return name;
        }
    }

    /// <summary>
    /// The navigation name a foreign key column suggests: the column without its <c>_id</c>/<c>Id</c> suffix
    /// (<c>created_by_user_id</c> → <c>CreatedByUser</c>); null when the column has no such suffix.
    /// </summary>
    public static string? NavigationStem(string column)
    {
        foreach (var suffix in (string[])["_id", "_ID", "Id", "ID", "_fk", "_key"])
        {
            if (column.Length > suffix.Length && column.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = Pascal(column[..^suffix.Length]);
                return stem == "Unnamed" ? null : stem;
            }
        }

        return null;
    }

    private static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!CSharpSyntax.IsIdentifierPart(c) || c == '_')
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                continue;
            }

            if (word.Length > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]))
            {
                yield return word.ToString();
                word.Clear();
            }

            word.Append(c);
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
