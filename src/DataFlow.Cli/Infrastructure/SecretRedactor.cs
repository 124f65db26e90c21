using System.Text.RegularExpressions;
using DataFlow.Connections;

namespace DataFlow.Cli.Infrastructure;

/// <summary>
/// The last line of defence for "secrets stay secret": removes passwords from any text the CLI prints on
/// an error path. Messages built by DataFlow already use masked URLs; this also covers text from
/// elsewhere (parser errors that echo an argument, driver exceptions in <c>--verbose</c> output).
/// </summary>
internal sealed partial class SecretRedactor
{
    // Shorter passwords are not replaced verbatim: replacing every "ab" in a stack trace would garble it.
    // The pattern rules below still mask them inside URLs and connection strings.
    private const int MinimumVerbatimLength = 3;

    private readonly List<KeyValuePair<string, string>> _replacements;

    private SecretRedactor(List<KeyValuePair<string, string>> replacements) => _replacements = replacements;

    /// <summary>A redactor that applies only the pattern rules.</summary>
    public static SecretRedactor PatternsOnly { get; } = new([]);

    /// <summary>A redactor for the given raw values (command-line arguments, <c>DATABASE_URL</c>).</summary>
    public static SecretRedactor For(IEnumerable<string?> values)
    {
        var replacements = new List<KeyValuePair<string, string>>();
        foreach (var value in values)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var masked = DatabaseUrl.Mask(value);
            if (!string.Equals(masked, value, StringComparison.Ordinal))
            {
                replacements.Add(new(value, masked));
            }

            if (TryGetPassword(value) is { Length: >= MinimumVerbatimLength } password)
            {
                replacements.Add(new(password, DatabaseUrl.PasswordMask));
                replacements.Add(new(Uri.EscapeDataString(password), DatabaseUrl.PasswordMask));
            }
        }

        // Longest first, so that a whole URL is replaced before the password inside it.
        replacements.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
        return new SecretRedactor(replacements);
    }

    /// <summary>The text with every known secret and every URL or connection-string password masked.</summary>
    public string Redact(string text)
    {
        foreach (var (secret, replacement) in _replacements)
        {
            text = text.Replace(secret, replacement, StringComparison.Ordinal);
        }

        text = EmbeddedUrlPassword().Replace(text, m => m.Groups["prefix"].Value + DatabaseUrl.PasswordMask + "@");
        text = QueryPassword().Replace(text, m => m.Groups["prefix"].Value + DatabaseUrl.PasswordMask);
        return KeywordPassword().Replace(text, m => m.Groups["prefix"].Value + DatabaseUrl.PasswordMask);
    }

    private static string? TryGetPassword(string value)
    {
        var candidate = value.StartsWith("--", StringComparison.Ordinal) && value.IndexOfAny(['=', ':']) is var split and > 0
            ? value[(split + 1)..]
            : value;
        try
        {
            return DatabaseUrl.Parse(candidate).Password;
        }
        catch (Exception)
        {
            // Not a URL (or not a valid one): the pattern rules still apply to it.
            return null;
        }
    }

    // scheme://user:password@ anywhere in a text (an argument echoed inside quotes, a URL in a message).
    [GeneratedRegex(@"(?<prefix>[A-Za-z][A-Za-z0-9+.\-]*://[^:/?#@\s'""]*:)[^\s'""]*@", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedUrlPassword();

    [GeneratedRegex(@"(?<prefix>[?&]password=)[^&\s'""]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QueryPassword();

    [GeneratedRegex(@"(?<prefix>(?<![?&])\b(?:password|pwd)\s*=\s*)(?:""[^""]*""|'[^']*'|[^;\s'""]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeywordPassword();
}
