using System.Globalization;
using System.Text;
using DataFlow.Naming;
using DataFlow.Schema;
using Humanizer;

namespace DataFlow.Models;

/// <summary>
/// Model names from table names: singular PascalCase through Humanizer (<c>users</c> → <c>User</c>,
/// <c>order_items</c> → <c>OrderItem</c>, <c>people</c> → <c>Person</c>). Characters that cannot be in a C#
/// identifier separate words; a name starting with a digit gets a <c>T</c> prefix. Collisions are resolved in
/// canonical table order (schema, then name): see <see cref="Assign"/>.
/// </summary>
internal static class ModelNamer
{
    /// <summary>The model name of one table name, ignoring collisions.</summary>
    public static string Name(string table)
    {
        var words = new StringBuilder();
        foreach (var c in table)
        {
            words.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        var cleaned = words.ToString().Trim('_');
        if (cleaned.Length == 0)
        {
            return "Table";
        }

        var lastWord = cleaned.Split('_', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[^1] : cleaned;
        var prefix = cleaned[..^lastWord.Length];
        var pascal = (prefix + Singular(lastWord)).Pascalize().Replace("_", string.Empty, StringComparison.Ordinal);
        pascal = char.ToUpper(pascal[0], CultureInfo.InvariantCulture) + pascal[1..];
        return char.IsDigit(pascal[0]) ? "T" + pascal : pascal;
    }

    /// <summary>
    /// Names for <paramref name="tables"/>, deterministically: tables are taken in (schema, name) order. A table whose
    /// name is unique gets <see cref="Name(string)"/>. When several tables give the same name, the one in
    /// <c>public</c> (or with no schema) keeps it and the others are prefixed with their schema in PascalCase
    /// (<c>sales.users</c> → <c>SalesUser</c>); any name still taken (by an existing model too) gets the suffix
    /// 2, 3, ... in that order.
    /// </summary>
    public static IReadOnlyDictionary<Table, string> Assign(IEnumerable<Table> tables, ISet<string> taken)
    {
        var ordered = tables.OrderBy(t => t.Schema ?? string.Empty, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var groups = ordered.GroupBy(t => Name(t.Name)).ToDictionary(g => g.Key, g => g.Count());
        var names = new Dictionary<Table, string>(ReferenceEqualityComparer.Instance);
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        foreach (var table in ordered)
        {
            var name = Name(table.Name);
            if (groups[name] > 1 && table.Schema is { } schema && schema != "public")
            {
                name = Name(schema + "_" + table.Name);
            }

            var candidate = name;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = name + n.ToString(CultureInfo.InvariantCulture);
            }

            names[table] = candidate;
        }

        return names;
    }

    private static string Singular(string word)
    {
        var singular = EnglishInflector.Singularize(word, inputIsKnownToBePlural: false);
        return singular.Length == 0 ? word : singular;
    }
}
