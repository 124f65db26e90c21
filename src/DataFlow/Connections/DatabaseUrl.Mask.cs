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

        var masked = MaskUserInfo(urlOrConnectionString);

        // Every URL is masked, on every DataFlowDb's first use: the regexes (and their first-run cost, ~15 ms of a fresh
        // process) only where a password keyword occurs at all.
        if (!masked.Contains("password", StringComparison.OrdinalIgnoreCase) && !masked.Contains("pwd", StringComparison.OrdinalIgnoreCase))
        {
            return masked;
        }

        masked = QueryPassword().Replace(masked, m => m.Groups["prefix"].Value + PasswordMask);
        return KeywordPassword().Replace(masked, m => m.Groups["prefix"].Value + PasswordMask);
    }

    /// <summary>
    /// <c>scheme://user:password@</c> — the password up to the last '@' before the query, as the parser reads it
    /// (over-masking is safe); what the pattern <c>^[A-Za-z][A-Za-z0-9+.\-]*://[^:/?#@]*:[^?]*@</c> matches, without a regex.
    /// </summary>
    internal static string MaskUserInfo(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 1 || !char.IsAsciiLetter(url[0]) || !IsSchemeTail(url.AsSpan(1, schemeEnd - 1)))
        {
            return url;
        }

        var colon = url.AsSpan(schemeEnd + 3).IndexOfAny(":/?#@");
        if (colon < 0 || url[schemeEnd + 3 + colon] != ':')
        {
            return url;
        }

        var passwordStart = schemeEnd + 3 + colon + 1;
        var query = url.IndexOf('?', passwordStart);
        var at = url.AsSpan(passwordStart, (query < 0 ? url.Length : query) - passwordStart).LastIndexOf('@');
        return at < 0 ? url : string.Concat(url.AsSpan(0, passwordStart), PasswordMask, url.AsSpan(passwordStart + at));
    }

    private static bool IsSchemeTail(ReadOnlySpan<char> tail)
    {
        foreach (var c in tail)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '+' and not '.' and not '-')
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"(?<prefix>[?&]password=)[^&]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QueryPassword();

    // Password=...; or Pwd=... in a key=value connection string (quoted values included).
    [GeneratedRegex(@"(?<prefix>(?:^|;)\s*(?:password|pwd)\s*=\s*)(?:""[^""]*""|'[^']*'|[^;]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeywordPassword();
}
