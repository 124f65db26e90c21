using DataFlow.CodeFirst.AutoMigration;
using DataFlow.CodeFirst.Caching;
using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.CodeFirst.AutoMigrate;

/// <summary>
/// The auto-migration's session opened (and its cheap check run for the set the model cache expects) while models are
/// still being registered: its answer is used only for models with the same hash, the session is closed when nothing
/// uses it, and a database that cannot be reached is reported by the first use, not by the registration.
/// </summary>
public sealed class AutoMigrationPrefetchTests : IAsyncLifetime
{
    private static readonly Type[] Models = [typeof(Maker), typeof(Widget)];
    private readonly PostgresDatabase _postgres = new();

    public Task InitializeAsync() => _postgres.InitializeAsync();

    public Task DisposeAsync() => _postgres.DisposeAsync();

    [Fact]
    public async Task A_table_dropped_after_the_check_ran_ahead_is_seen_at_first_use_on_sqlite()
    {
        using var sqlite = new SqliteDatabase();
        sqlite.Execute("PRAGMA user_version = 1");
        await MigrateAsync(sqlite.Url);
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = sqlite.Url, UseModelCache = false });

        // The warm-up checks the expected models while they are up to date; the table then goes before the first use.
        var prefetch = AutoMigrationPrefetch.Start(db.Data, () => Expected("sqlite"));
        var session = await prefetch.TakeAsync();
        Assert.NotNull(session);
        sqlite.Execute("DROP TABLE widgets");
        var (result, _) = await new AutoMigrator(db, db.SchemaChanges).RunAsync(Task.FromResult(ModelSet.Read(Models, "sqlite")), Task.FromResult<DataFlow.Data.DataSession?>(session), CancellationToken.None);

        Assert.False(result.UpToDate);
        Assert.NotEmpty(result.AppliedStatements);
        Assert.Equal(1L, sqlite.Scalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'widgets'"));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_table_dropped_between_registration_and_first_use_is_created_again_on_postgres()
    {
        await MigrateAsync(_postgres.Url);
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = _postgres.Url });
        db.Model<Maker>();
        db.Model<Widget>();
        await _postgres.ExecuteAsync("DROP TABLE widgets");

        var result = await db.MigrateAsync();
        Assert.False(result.UpToDate);
        Assert.Equal(1L, await _postgres.ScalarAsync<long>("SELECT count(*) FROM pg_class WHERE relname = 'widgets'"));
    }

    [Fact]
    public async Task A_database_missing_at_registration_but_there_at_first_use_is_used()
    {
        using var sqlite = new SqliteDatabase();
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = sqlite.Url, UseModelCache = false });
        db.Model<Maker>();
        db.Model<Widget>();
        await Task.Delay(200);
        sqlite.Execute("PRAGMA user_version = 1");

        var result = await db.MigrateAsync();
        Assert.NotEmpty(result.AppliedStatements);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_session_opened_ahead_whose_backend_ended_is_replaced_at_first_use()
    {
        await MigrateAsync(_postgres.Url);
        var application = "prefetch-" + Guid.NewGuid().ToString("N")[..12];
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = _postgres.Url, ApplicationId = application, UseModelCache = false });
        db.Model<Maker>();
        db.Model<Widget>();
        await WaitForBackendsAsync(application, n => n == 1);
        await _postgres.ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{application}'");
        await WaitForBackendsAsync(application, n => n == 0);

        var result = await db.MigrateAsync();
        Assert.True(result.UpToDate);
    }

    [Fact]
    public async Task A_registration_against_an_unreachable_server_succeeds_and_the_first_use_reports_the_failure_once_opened_ahead()
    {
        var options = new DataFlowOptions { DatabaseUrl = "postgresql://nobody:secret@127.0.0.1:1/none", ConnectTimeout = TimeSpan.FromSeconds(2) };
        await using (var db = new DataFlowDb(options))
        {
            db.Model<Maker>();
            db.Model<Widget>();
            var error = await Assert.ThrowsAnyAsync<DataFlowException>(() => db.MigrateAsync());
            Assert.StartsWith("DF-", error.Code, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        }

        // Registered and disposed without any use: the failed opening is not thrown by the disposal.
        await using var unused = new DataFlowDb(options);
        unused.Model<Maker>();
    }

    [Fact]
    public async Task The_session_opened_ahead_is_given_back_when_the_models_are_never_used()
    {
        var application = "prefetch-" + Guid.NewGuid().ToString("N")[..12];
        await using (var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = _postgres.Url, ApplicationId = application, UseModelCache = false }))
        {
            db.Model<Maker>();
            await WaitForBackendsAsync(application, n => n == 1);
        }

        // Back in the pool, so clearing the pool's idle connections ends it (a session still held would survive that).
        Npgsql.NpgsqlConnection.ClearAllPools();
        await WaitForBackendsAsync(application, n => n == 0);
    }

    private static async Task MigrateAsync(string url)
    {
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, UseModelCache = false });
        foreach (var type in Models)
        {
            typeof(DataFlowDb).GetMethod(nameof(DataFlowDb.Model))!.MakeGenericMethod(type).Invoke(db, null);
        }

        Assert.NotEmpty((await db.MigrateAsync()).AppliedStatements);
    }

    private static CachedModelSet Expected(string dialect)
    {
        var models = ModelSet.Read(Models, dialect);
        return new CachedModelSet(string.Join("\n", Models.Select(t => t.AssemblyQualifiedName)), models.Schema, [.. models.Models.Select(m => m.Table.QualifiedName)], models.Hash);
    }

    private async Task WaitForBackendsAsync(string application, Func<long, bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long count;
        while (!condition(count = await _postgres.ScalarAsync<long>($"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{application}'")))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{count} sessions of {application}");
            await Task.Delay(50);
        }
    }
}
