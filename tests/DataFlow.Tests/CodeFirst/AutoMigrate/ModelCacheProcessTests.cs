using DataFlow.CodeFirst.Caching;
using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.CodeFirst.AutoMigrate;

/// <summary>
/// The model cache between real processes (the probe application): the first process reads its models from their classes
/// and writes the cache; the next one reads them from it and finds the database up to date; a damaged cache file is read
/// from the classes again and rewritten; with the cache off nothing is written.
/// </summary>
public sealed class ModelCacheProcessTests : IAsyncLifetime
{
    private readonly PostgresDatabase _postgres = new();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "dataflow-tests", "model-cache-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => _postgres.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _postgres.DisposeAsync();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_process_reads_the_models_from_the_cache_and_a_damaged_file_is_read_from_the_classes_again_on_sqlite()
    {
        using var sqlite = new SqliteDatabase();
        sqlite.Execute("PRAGMA user_version = 1");

        var first = await RunAsync(sqlite.Url);
        Assert.Contains("cached=False", first, StringComparison.Ordinal);
        Assert.DoesNotContain("applied=0", first, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(_cache, "*" + ModelCacheKey.FileExtension));

        var second = await RunAsync(sqlite.Url);
        Assert.Contains("applied=0 upToDate=True cached=True", second, StringComparison.Ordinal);

        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var third = await RunAsync(sqlite.Url);
        Assert.Contains("applied=0 upToDate=True cached=False", third, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(file));

        var fourth = await RunAsync(sqlite.Url);
        Assert.Contains("applied=0 upToDate=True cached=True", fourth, StringComparison.Ordinal);
        Assert.Equal(1L, sqlite.Scalar<long>("SELECT count(*) FROM dataflow_migrations WHERE kind = 'auto'"));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_second_process_reads_the_models_from_the_cache_on_postgres()
    {
        Assert.Contains("cached=False", await RunAsync(_postgres.Url), StringComparison.Ordinal);
        Assert.Contains("applied=0 upToDate=True cached=True", await RunAsync(_postgres.Url), StringComparison.Ordinal);
        Assert.Equal(1L, await _postgres.ScalarAsync<long>("SELECT count(*) FROM dataflow_migrations WHERE kind = 'auto'"));
    }

    [Fact]
    public async Task A_cache_folder_that_cannot_be_written_changes_nothing_but_the_speed()
    {
        using var sqlite = new SqliteDatabase();
        sqlite.Execute("PRAGMA user_version = 1");
        Directory.CreateDirectory(_cache);
        var blocker = Path.Combine(_cache, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");

        Assert.Contains("cached=False", await RunAsync(sqlite.Url, blocker), StringComparison.Ordinal);
        Assert.Contains("applied=0 upToDate=True cached=False", await RunAsync(sqlite.Url, blocker), StringComparison.Ordinal);
        Assert.Equal([blocker], Directory.GetFileSystemEntries(_cache));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task An_application_that_builds_humanizers_vocabulary_itself_reads_its_models_from_the_classes()
    {
        // It may add its own pluralisation rules at any time, which the cache key cannot see.
        using var sqlite = new SqliteDatabase();
        sqlite.Execute("PRAGMA user_version = 1");
        Assert.Contains("cached=False", await RunAsync(sqlite.Url), StringComparison.Ordinal);
        Assert.Contains("applied=0 upToDate=True cached=False", await RunAsync(sqlite.Url, useHumanizer: true), StringComparison.Ordinal);
        Assert.Contains("applied=0 upToDate=True cached=True", await RunAsync(sqlite.Url), StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }

    private async Task<string> RunAsync(string url, string? cache = null, bool useHumanizer = false)
    {
        using var process = AutoMigrateProcesses.Start(url, "same", modelCache: cache ?? _cache, useHumanizer: useHumanizer);
        var (exitCode, output) = await AutoMigrateProcesses.WaitAsync(process);
        Assert.True(exitCode == 0, output);
        return output;
    }
}
