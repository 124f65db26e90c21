using System.Security.Cryptography;
using System.Text;

namespace DataFlow.Migrations.Journal;

/// <summary>
/// The checksum of a migration's SQL: SHA-256 (lowercase hex) of the text normalised so that line endings
/// (CRLF, CR, LF), trailing whitespace on each line, trailing blank lines and a UTF-8 byte-order mark do not matter.
/// Everything else (case, inner whitespace, comments) does.
/// </summary>
internal static class MigrationChecksum
{
    /// <summary>The checksum of <paramref name="sql"/>.</summary>
    public static string Of(string sql) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(sql))));

    /// <summary>The normalised text the checksum is taken of.</summary>
    public static string Normalise(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var lines = sql.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var count = lines.Length;
        while (count > 0 && string.IsNullOrWhiteSpace(lines[count - 1]))
        {
            count--;
        }

        var builder = new StringBuilder(sql.Length);
        for (var i = 0; i < count; i++)
        {
            builder.Append(lines[i].TrimEnd()).Append('\n');
        }

        return builder.ToString();
    }
}
