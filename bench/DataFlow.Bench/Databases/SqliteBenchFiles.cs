using System.Diagnostics;
using DataFlow.Bench.Generation;
using DataFlow.Dialects.Sqlite;
using Microsoft.Data.Sqlite;

namespace DataFlow.Bench.Databases;

/// <summary>Creates one SQLite file per size (<c>bench_discovery_N.db</c>) in one transaction, and deletes it.</summary>
internal sealed class SqliteBenchFiles(string directory)
{
    public async Task<BenchDatabase> CreateAsync(int tableCount, int tablesPerBatch)
    {
        SqliteEngine.EnsureInitialized();
        Directory.CreateDirectory(directory);
        var name = "bench_discovery_" + tableCount;
        var path = Path.Combine(directory, name + ".db");
        DeleteFiles(path);
        var started = Stopwatch.GetTimestamp();
        var tables = SchemaGenerator.Generate(tableCount);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            foreach (var batch in new SqliteDdl().Batches(tables, tablesPerBatch))
            {
                await using var command = new SqliteCommand(batch, connection, transaction);
                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        return new BenchDatabase(BenchDialect.Sqlite, name, "sqlite:///" + path, connectionString,
            SchemaGenerator.Count(tables), Stopwatch.GetElapsedTime(started).TotalMilliseconds)
        {
            FilePath = path,
        };
    }

    public static void Delete(BenchDatabase database)
    {
        SqliteConnection.ClearAllPools();
        DeleteFiles(database.FilePath!);
    }

    private static void DeleteFiles(string path)
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
