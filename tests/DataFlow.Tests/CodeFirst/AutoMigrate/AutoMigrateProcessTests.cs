using System.Diagnostics;
using DataFlow.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DataFlow.Tests.CodeFirst.AutoMigrate;

/// <summary>
/// Real OS processes (the probe application) auto-migrating one database: ten at the same moment with the same models
/// create the tables once; two applications with different fields both get their column; a process killed (SIGKILL)
/// in the middle of an auto-migration leaves the schema and the journal as they were, and the next one proceeds.
/// </summary>
public sealed class AutoMigrateProcessTests : IAsyncLifetime
{
    private readonly PostgresDatabase _postgres = new();

    public Task InitializeAsync() => _postgres.InitializeAsync();

    public Task DisposeAsync() => _postgres.DisposeAsync();

    [Fact]
    public async Task Ten_processes_with_the_same_models_create_the_tables_once_on_postgres()
    {
        var results = await AutoMigrateProcesses.RunTogetherAsync(_postgres.Url, [.. Enumerable.Repeat("same", 10)]);
        AssertAllSucceeded(results);
        Assert.Single(results, r => !r.Output.Contains("applied=0", StringComparison.Ordinal));
        Assert.Equal(1L, await _postgres.ScalarAsync<long>("SELECT count(*) FROM dataflow_migrations WHERE kind = 'auto'"));
        Assert.All(results, r => Assert.Contains("rows=0", r.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ten_processes_with_the_same_models_create_the_tables_once_on_sqlite()
    {
        using var sqlite = FreshSqlite();
        var results = await AutoMigrateProcesses.RunTogetherAsync(sqlite.Url, [.. Enumerable.Repeat("same", 10)]);
        AssertAllSucceeded(results);
        Assert.Single(results, r => !r.Output.Contains("applied=0", StringComparison.Ordinal));
        Assert.Equal(1L, sqlite.Scalar<long>("SELECT count(*) FROM dataflow_migrations WHERE kind = 'auto'"));
        Assert.All(results, r => Assert.Contains("rows=0", r.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ten_processes_writing_right_after_migrating_all_succeed_on_sqlite()
    {
        using var sqlite = FreshSqlite();
        var results = await AutoMigrateProcesses.RunTogetherAsync(sqlite.Url, inserts: 30, [.. Enumerable.Repeat("same", 10)]);
        AssertAllSucceeded(results);
        Assert.Equal(300L, sqlite.Scalar<long>("SELECT count(*) FROM tickets"));
        Assert.Equal(10L, sqlite.Scalar<long>("SELECT count(DISTINCT rtrim(title, '0123456789')) FROM tickets"));
    }

    [Fact]
    public async Task Ten_processes_writing_right_after_migrating_all_succeed_on_postgres()
    {
        var results = await AutoMigrateProcesses.RunTogetherAsync(_postgres.Url, inserts: 30, [.. Enumerable.Repeat("same", 10)]);
        AssertAllSucceeded(results);
        Assert.Equal(300L, await _postgres.ScalarAsync<long>("SELECT count(*) FROM tickets"));
    }

    [Fact]
    public async Task Two_applications_adding_different_columns_both_get_theirs_on_postgres()
    {
        var results = await AutoMigrateProcesses.RunTogetherAsync(_postgres.Url, "a", "b", "a", "b");
        AssertAllSucceeded(results);
        Assert.Equal(2L, await _postgres.ScalarAsync<long>("SELECT count(*) FROM information_schema.columns WHERE table_name = 'tickets' AND column_name IN ('priority', 'assignee')"));
        Assert.Equal(1L, await _postgres.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'tickets'"));
    }

    [Fact]
    public async Task Two_applications_adding_different_columns_both_get_theirs_on_sqlite()
    {
        using var sqlite = FreshSqlite();
        var results = await AutoMigrateProcesses.RunTogetherAsync(sqlite.Url, "a", "b", "a", "b");
        AssertAllSucceeded(results);
        Assert.Equal(2L, sqlite.Scalar<long>("SELECT count(*) FROM pragma_table_info('tickets') WHERE name IN ('priority', 'assignee')"));
        Assert.Equal(1L, sqlite.Scalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'tickets'"));
    }

    [Fact]
    public async Task A_process_killed_during_an_auto_migration_leaves_schema_and_journal_consistent_on_sqlite()
    {
        using var sqlite = FreshSqlite();
        AssertAllSucceeded([await AutoMigrateProcesses.WaitAsync(AutoMigrateProcesses.Start(sqlite.Url, "same"))]);
        var holderFile = SqliteMigrationDialect.LockPath(sqlite.FilePath) + ".holder";

        // Another connection holds SQLite's write lock, so the victim's ALTER TABLE waits inside its migration.
        await using (var blocker = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlite.FilePath, Pooling = false }.ConnectionString))
        {
            await blocker.OpenAsync();
            await using (var begin = blocker.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync();
            }

            using var victim = AutoMigrateProcesses.Start(sqlite.Url, "a");
            await WaitUntilAsync(victim, () => File.Exists(holderFile) && File.ReadAllText(holderFile).Contains($"process {victim.Id} ", StringComparison.Ordinal));
            await Task.Delay(1000);
            victim.Kill();
            await victim.WaitForExitAsync();
        }

        Assert.Equal(0L, sqlite.Scalar<long>("SELECT count(*) FROM pragma_table_info('tickets') WHERE name = 'priority'"));
        Assert.Equal(1L, sqlite.Scalar<long>("SELECT count(*) FROM dataflow_migrations"));

        AssertAllSucceeded([await AutoMigrateProcesses.WaitAsync(AutoMigrateProcesses.Start(sqlite.Url, "a"))]);
        Assert.Equal(1L, sqlite.Scalar<long>("SELECT count(*) FROM pragma_table_info('tickets') WHERE name = 'priority'"));
        Assert.Equal(2L, sqlite.Scalar<long>("SELECT count(*) FROM dataflow_migrations WHERE kind = 'auto' AND status = 'completed'"));
        Assert.Equal(2L, sqlite.Scalar<long>("SELECT count(*) FROM dataflow_migrations"));
    }

    [Fact]
    public async Task A_process_killed_during_an_auto_migration_leaves_schema_and_journal_consistent_on_postgres()
    {
        AssertAllSucceeded([await AutoMigrateProcesses.WaitAsync(AutoMigrateProcesses.Start(_postgres.Url, "same"))]);

        // An open transaction that read the table makes the victim's ALTER TABLE wait inside its migration.
        await using (var blocker = new NpgsqlConnection(_postgres.ConnectionString))
        {
            await blocker.OpenAsync();
            await using var transaction = await blocker.BeginTransactionAsync();
            await using (var read = new NpgsqlCommand("SELECT count(*) FROM tickets", blocker, transaction))
            {
                await read.ExecuteScalarAsync();
            }

            using var victim = AutoMigrateProcesses.Start(_postgres.Url, "a");
            await WaitUntilAsync(victim, () => _postgres.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'ALTER TABLE%'").GetAwaiter().GetResult() > 0);
            victim.Kill();
            await victim.WaitForExitAsync();
            await transaction.CommitAsync();
        }

        AssertAllSucceeded([await AutoMigrateProcesses.WaitAsync(AutoMigrateProcesses.Start(_postgres.Url, "a"))]);
        Assert.Equal(1L, await _postgres.ScalarAsync<long>("SELECT count(*) FROM information_schema.columns WHERE table_name = 'tickets' AND column_name = 'priority'"));
        Assert.Equal(2L, await _postgres.ScalarAsync<long>("SELECT count(*) FROM dataflow_migrations WHERE kind = 'auto' AND status = 'completed'"));
        Assert.Equal(2L, await _postgres.ScalarAsync<long>("SELECT count(*) FROM dataflow_migrations"));
    }

    /// <summary>An empty SQLite file (a fresh database: DataFlow opens files, it does not create them).</summary>
    private static SqliteDatabase FreshSqlite()
    {
        var sqlite = new SqliteDatabase();
        sqlite.Execute("PRAGMA user_version = 1");
        return sqlite;
    }

    private static void AssertAllSucceeded((int ExitCode, string Output)[] results)
    {
        foreach (var (exitCode, output) in results)
        {
            Assert.True(exitCode == 0, output);
        }
    }

    private static async Task WaitUntilAsync(Process victim, Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the probe never reached the middle of its auto-migration");
            Assert.False(victim.HasExited, "the probe ended before it was killed");
            await Task.Delay(50);
        }
    }
}
