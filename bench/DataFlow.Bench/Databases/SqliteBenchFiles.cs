using System.Diagnostics;
using DataFlow.Bench.Generation;
using DataFlow.Dialects.Sqlite;
using Microsoft.Data.Sqlite;

namespace DataFlow.Bench.Databases;

/// <summary>Creates one SQLite file per size (<c>bench_discovery_N.db</c>) in one transaction, and deletes it.</summary>
/// <remarks>
/// SQLite re-reads <c>sqlite_master</c> after every CREATE, so generation grows with the square of the table
/// count (10,000 tables take minutes); <c>--keep-databases</c> keeps the file for the next run.
/// </remarks>
internal sealed class SqliteBenchFiles(string directory)
{
    // PRAGMA application_id of the files this generator writes ("DFB" + version); user_version holds the table count.
    private const int ApplicationId = 0x44464200 + SchemaGenerator.Version;

    /// <summary>Generates the file; with <paramref name="reuse"/>, keeps one an earlier run generated with the same generator version.</summary>
    public async Task<BenchDatabase> CreateAsync(int tableCount, int tablesPerBatch, bool reuse)
    {
        SqliteEngine.EnsureInitialized();
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"bench_discovery_{tableCount}.db");
        var tables = SchemaGenerator.Generate(tableCount);
        if (reuse && File.Exists(path) && await MarkerOfAsync(path) == (ApplicationId, tableCount))
        {
            return Describe(path, tables, 0) with { Reused = true };
        }

        DeleteFiles(path);
        var started = Stopwatch.GetTimestamp();
        await using (var connection = new SqliteConnection(ConnectionStringFor(path)))
        {
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            foreach (var batch in new SqliteDdl().Batches(tables, tablesPerBatch))
            {
                await ExecuteAsync(connection, transaction, batch);
            }

            await ExecuteAsync(connection, transaction, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {tableCount};");
            await transaction.CommitAsync();
        }

        return Describe(path, tables, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public static void Delete(BenchDatabase database)
    {
        SqliteConnection.ClearAllPools();
        DeleteFiles(database.FilePath!);
    }

    private static BenchDatabase Describe(string path, IReadOnlyList<GeneratedTable> tables, double generationMs) =>
        new(BenchDialect.Sqlite, Path.GetFileNameWithoutExtension(path), "sqlite:///" + path, ConnectionStringFor(path),
            SchemaGenerator.Count(tables), generationMs)
        {
            FilePath = path,
        };

    private static string ConnectionStringFor(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    private static async Task<(long ApplicationId, long TableCount)> MarkerOfAsync(string path)
    {
        await using var connection = new SqliteConnection(ConnectionStringFor(path));
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT application_id, user_version FROM pragma_application_id, pragma_user_version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetInt64(0), reader.GetInt64(1)) : (0, 0);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    private static void DeleteFiles(string path)
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
