using System.Text.RegularExpressions;

namespace DataFlow.Connections;

public static partial class DatabaseUrl
{
    /// <summary>The text that stands in for a password.</summary>
    public const string PasswordMask = "***";

    /// <summary>
    /// Replaces the password in a URL or connection string with <c>***</c>. Never throws: text that cannot be
    /// parsed is masked by pattern, so that it is still safe to log.
    /// </summary>
    public static string Mask(string? urlOrConnectionString)
    {
        if (string.IsNullOrEmpty(urlOrConnectionString))
        {
            return string.Empty;
        }

        var masked = UrlPassword().Replace(urlOrConnectionString, m => m.Groups["prefix"].Value + PasswordMask + "@");
        masked = QueryPassword().Replace(masked, m => m.Groups["prefix"].Value + PasswordMask);
        return KeywordPassword().Replace(masked, m => m.Groups["prefix"].Value + PasswordMask);
    }

    // scheme://user:password@ — up to the last '@' before the query, as the parser reads it; over-masking is safe.
    [GeneratedRegex(@"(?<prefix>^[A-Za-z][A-Za-z0-9+.\-]*://[^:/?#@]*:)[^?]*@", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"(?<prefix>[?&]password=)[^&]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QueryPassword();

    // Password=...; or Pwd=... in a key=value connection string (quoted values included).
    [GeneratedRegex(@"(?<prefix>(?:^|;)\s*(?:password|pwd)\s*=\s*)(?:""[^""]*""|'[^']*'|[^;]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeywordPassword();
}
