using System.Text;
using System.Text.RegularExpressions;

namespace DataFlow.Discovery;

/// <summary>
/// A table-name glob: <c>*</c> any run of characters, <c>?</c> one character, everything else literal,
/// case-sensitive as the catalogs are. A pattern with a dot is matched against <c>schema.name</c>.
/// </summary>
internal sealed class GlobPattern
{
    private readonly Regex _regex;
    private readonly bool _qualified;

    public GlobPattern(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw DataFlowErrors.InvalidOption("--table/--exclude", "a pattern is empty", "Give a table name or a glob such as 'order*'.");
        }

        Pattern = pattern;
        _qualified = pattern.Contains('.', StringComparison.Ordinal);
        var regex = new StringBuilder("^");
        foreach (var c in pattern)
        {
            regex.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        _regex = new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    /// <summary>The pattern as given.</summary>
    public string Pattern { get; }

    /// <summary>True when the object name matches.</summary>
    public bool IsMatch(string? schema, string name) =>
        _regex.IsMatch(_qualified && schema is not null ? schema + "." + name : name);
}
