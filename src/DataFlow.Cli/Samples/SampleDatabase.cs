using DataFlow.Dialects.Sqlite;
using Microsoft.Data.Sqlite;

namespace DataFlow.Cli.Samples;

/// <summary>
/// Creates the bundled sample database from the embedded <c>Samples/shop.sql</c>.
/// This is sample setup, not schema management: it writes a brand-new file and never touches an existing
/// database, so it runs the script directly instead of going through DataFlow's migration executor.
/// </summary>
internal static class SampleDatabase
{
    private const string ResourceName = "DataFlow.Cli.Samples.shop.sql";

    /// <summary>The sample's SQL script.</summary>
    public static string Script
    {
        get
        {
            using var stream = typeof(SampleDatabase).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>
    /// Builds the database in a temporary file beside <paramref name="path"/> and moves it into place
    /// (replacing any file there), so that a failure never leaves a half-built database behind.
    /// </summary>
    /// <returns>What was created, e.g. <c>8 tables, 1 view, 3 indexes, 1 trigger</c>.</returns>
    public static async Task<string> CreateAsync(string path, CancellationToken cancellationToken = default)
    {
        SqliteEngine.EnsureInitialized();
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            string contents;
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = temporary,
                Mode = SqliteOpenMode.ReadWriteCreate,
                ForeignKeys = true,
                Pooling = false,
            }.ConnectionString;
            await using (var connection = new SqliteConnection(connectionString))
            {
                await connection.OpenAsync(cancellationToken);
                await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = Script;
                    await command.ExecuteNonQueryAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                contents = await DescribeAsync(connection, cancellationToken);
            }

            // A stale journal or WAL of a replaced database would be applied to the new file: remove them.
            foreach (var suffix in (string[])["-journal", "-wal", "-shm"])
            {
                File.Delete(path + suffix);
            }

            File.Move(temporary, path, overwrite: true);
            return contents;
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(temporary + "-journal");
        }
    }

    private static async Task<string> DescribeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT type, count(*) FROM sqlite_master " +
            "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND NOT (type = 'index' AND sql IS NULL) " +
            "GROUP BY type ORDER BY CASE type WHEN 'table' THEN 1 WHEN 'view' THEN 2 WHEN 'index' THEN 3 ELSE 4 END";
        var parts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var type = reader.GetString(0);
            var count = reader.GetInt64(1);
            parts.Add($"{count} {(count == 1 ? type : type == "index" ? "indexes" : type + "s")}");
        }

        return string.Join(", ", parts);
    }
}
