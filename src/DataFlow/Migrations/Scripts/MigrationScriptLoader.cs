using System.Globalization;
using System.Text.RegularExpressions;

namespace DataFlow.Migrations.Scripts;

/// <summary>
/// Reads the migration files of a folder: every <c>*.sql</c> whose name matches <c>^(\d+)_(.+)\.sql$</c>, ordered by
/// the number (so <c>10_x.sql</c> follows <c>9_y.sql</c>); other <c>.sql</c> files are listed as ignored.
/// </summary>
internal static partial class MigrationScriptLoader
{
    /// <summary>The directive line that makes a file run without a transaction, one statement at a time.</summary>
    public const string NoTransactionDirective = "-- dataflow:no-transaction";

    /// <summary>The default folder.</summary>
    public const string DefaultFolder = "db_migrations";

    /// <summary>Loads <paramref name="folder"/>.</summary>
    /// <exception cref="DataFlowException"><c>DF-MIG-001</c> when it does not exist; <c>DF-MIG-002</c> for two files with one version.</exception>
    public static async Task<MigrationFolder> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw DataFlowErrors.MigrationsFolderNotFound(folder);
        }

        var scripts = new List<MigrationScript>();
        var ignored = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.sql").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            var match = FileNamePattern().Match(fileName);
            if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                ignored.Add(fileName);
                continue;
            }

            var sql = await File.ReadAllTextAsync(path, cancellationToken);
            scripts.Add(new MigrationScript(version, match.Groups[2].Value, fileName, sql, HasNoTransactionDirective(sql)));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw DataFlowErrors.DuplicateMigrationVersion(scripts[i].Version, scripts[i - 1].FileName, scripts[i].FileName);
            }
        }

        return new MigrationFolder(folder, scripts, ignored);
    }

    /// <summary>
    /// True when the directive line stands in the file's header: the lines before the first SQL statement, which
    /// may only be blank or <c>--</c> comments.
    /// </summary>
    public static bool HasNoTransactionDirective(string sql)
    {
        foreach (var raw in sql.TrimStart('\uFEFF').Split('\n'))
        {
            var line = raw.Trim();
            if (line == NoTransactionDirective)
            {
                return true;
            }

            if (line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(\d+)_(.+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
