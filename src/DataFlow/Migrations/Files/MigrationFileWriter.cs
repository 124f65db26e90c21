using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DataFlow.Migrations.Planning;

namespace DataFlow.Migrations.Files;

/// <summary>
/// Writes a plan as the next versioned migration file of a folder: <c>NNN_name.sql</c>, NNN the highest existing
/// number plus one (three digits, zero padded), the name in snake_case.
/// </summary>
public static partial class MigrationFileWriter
{
    /// <summary>The name of the next file for <paramref name="name"/> in <paramref name="directory"/> (which may not exist yet).</summary>
    /// <exception cref="DataFlowConfigurationException">The name has no letters or digits (<c>DF-PLAN-005</c>) or a file of that name exists (<c>DF-PLAN-004</c>).</exception>
    public static string NextFileName(string directory, string name)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var snake = SnakeCase(name);
        var highest = 0;
        foreach (var file in Directory.Exists(directory) ? Directory.GetFiles(directory, "*.sql") : [])
        {
            var match = VersionedFile().Match(Path.GetFileName(file));
            if (!match.Success)
            {
                continue;
            }

            if (string.Equals(match.Groups[2].Value, snake, StringComparison.Ordinal))
            {
                throw DataFlowErrors.MigrationExists(snake, file);
            }

            highest = Math.Max(highest, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        return (highest + 1).ToString("000", CultureInfo.InvariantCulture) + "_" + snake + ".sql";
    }

    /// <summary>Writes the file (creating the folder) and returns its path.</summary>
    public static async Task<string> WriteAsync(string directory, string name, MigrationPlan plan, MigrationFileHeader header, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(directory, NextFileName(directory, name));
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(path, MigrationFileFormat.Render(plan, header), new UTF8Encoding(false), cancellationToken);
        return path;
    }

    /// <summary><c>Add User-Email</c> → <c>add_user_email</c>: lower case letters and digits joined by single underscores.</summary>
    /// <exception cref="DataFlowConfigurationException">Nothing is left (<c>DF-PLAN-005</c>).</exception>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(name[i - 1]) && text.Length > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else if (text.Length > 0 && text[^1] != '_')
            {
                text.Append('_');
            }
        }

        var result = text.ToString().Trim('_');
        return result.Length == 0 ? throw DataFlowErrors.InvalidMigrationName(name) : result;
    }

    [GeneratedRegex(@"^(\d+)_(.+)\.sql$")]
    private static partial Regex VersionedFile();
}
