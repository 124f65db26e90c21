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

        // Every URL is masked, on every DataFlowDb's first use: the rest (and a regex's first-run cost, ~15 ms of a fresh
        // process) only where a password keyword, or a percent-encoded one, can occur at all.
        if (!HasSecretKeyword(masked) && !masked.Contains('%', StringComparison.Ordinal))
        {
            return masked;
        }

        masked = MaskQuery(masked);
        return KeywordPassword().Replace(masked, m => m.Groups["prefix"].Value + PasswordMask);
    }

    // password, pwd and psw (Npgsql's alias) anywhere in a key: Password, SSL Password, sslpassword, PWD.
    private static bool HasSecretKeyword(string key) =>
        key.Contains("password", StringComparison.OrdinalIgnoreCase) || key.Contains("pwd", StringComparison.OrdinalIgnoreCase) ||
        key.Contains("psw", StringComparison.OrdinalIgnoreCase);

    // ?key=value&... : the value of every key that names a password once percent-decoded (the parser decodes keys too).
    private static string MaskQuery(string text)
    {
        var start = text.IndexOf('?', StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var parts = text[(start + 1)..].Split('&');
        for (var i = 0; i < parts.Length; i++)
        {
            var equals = parts[i].IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0 && HasSecretKeyword(Uri.UnescapeDataString(parts[i][..equals])))
            {
                parts[i] = parts[i][..(equals + 1)] + PasswordMask;
            }
        }

        return text[..(start + 1)] + string.Join('&', parts);
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

    // Key=value; connection strings: any key naming a password (Password, Pwd, PSW, SSL Password); quoted values with
    // doubled quotes inside.
    [GeneratedRegex(@"(?<prefix>(?:^|;)\s*[A-Za-z0-9 _.\-]*?(?:password|pwd|psw)[A-Za-z0-9 _.\-]*=\s*)(?:""(?:[^""]|"""")*""|'(?:[^']|'')*'|[^;]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeywordPassword();
}
