using DataFlow.Discovery;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteConnectionTests
{
    [Fact]
    public async Task Missing_file_is_reported_and_not_created()
    {
        using var db = new SqliteDatabase();
        Assert.False(File.Exists(db.FilePath));

        var error = await Assert.ThrowsAsync<DataFlowConnectionException>(() => db.DiscoverAsync());

        Assert.Equal(ErrorCodes.DatabaseFileNotFound, error.Code);
        Assert.Contains(db.FilePath, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(db.FilePath));
        Assert.Empty(Directory.GetFileSystemEntries(db.Folder));
    }

    [Fact]
    public async Task File_that_is_not_a_database_is_reported_and_left_alone()
    {
        using var db = new SqliteDatabase();
        var text = string.Concat(Enumerable.Repeat("This is a text file, not a SQLite database.\n", 200));
        File.WriteAllText(db.FilePath, text);

        var error = await Assert.ThrowsAsync<DataFlowConnectionException>(() => db.DiscoverAsync());

        Assert.Equal(ErrorCodes.DatabaseUnreadable, error.Code);
        Assert.Contains("not a database", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
        Assert.Equal(text, File.ReadAllText(db.FilePath));
        Assert.Equal([db.FilePath], Directory.GetFileSystemEntries(db.Folder));
    }

    [Fact]
    public async Task Directory_instead_of_a_file_is_reported_as_unreadable()
    {
        using var db = new SqliteDatabase();
        await using var dataFlow = new DataFlowDb(new DataFlowOptions { DatabaseUrl = "sqlite:///" + db.Folder });

        var error = await Assert.ThrowsAsync<DataFlowConnectionException>(() => dataFlow.DiscoverSchemaAsync());

        Assert.Equal(ErrorCodes.DatabaseUnreadable, error.Code);
        Assert.Contains("directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_locked_longer_than_the_command_timeout_is_a_timeout()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        using var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.FilePath};Pooling=False");
        holder.Open();
        using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            begin.ExecuteNonQuery();
        }

        await using var dataFlow = new DataFlowDb(new DataFlowOptions { DatabaseUrl = db.Url, CommandTimeout = TimeSpan.FromSeconds(1) });
        var error = await Assert.ThrowsAsync<DataFlowConnectionException>(() => dataFlow.DiscoverSchemaAsync());

        Assert.Equal(ErrorCodes.Timeout, error.Code);
        Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(error.InnerException);
    }

    [Fact]
    public async Task In_memory_database_gives_an_empty_schema()
    {
        await using var dataFlow = new DataFlowDb(new DataFlowOptions { DatabaseUrl = "sqlite:///:memory:" });

        var schema = await dataFlow.DiscoverSchemaAsync();

        Assert.Equal("sqlite", schema.Dialect);
        Assert.Empty(schema.Tables);
        Assert.Empty(schema.Views);
        Assert.Empty(schema.Warnings);
    }

    [Theory]
    [InlineData("DELETE")]
    [InlineData("WAL")]
    public async Task Discovery_leaves_the_file_byte_for_byte_unchanged(string journalMode)
    {
        using var db = new SqliteDatabase();
        db.Execute($"PRAGMA journal_mode = {journalMode}; CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b); CREATE TABLE b (id INTEGER PRIMARY KEY); CREATE INDEX ix ON a (b_id); INSERT INTO b VALUES (1);");
        var past = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(db.FilePath, past);
        var bytes = File.ReadAllBytes(db.FilePath);

        var first = await db.DiscoverAsync();
        var second = await db.DiscoverAsync();

        Assert.Equal(2, first.Tables.Count);
        Assert.Equal(first, second);
        Assert.Equal(bytes, File.ReadAllBytes(db.FilePath));
        Assert.Equal(past, File.GetLastWriteTimeUtc(db.FilePath));
        Assert.Equal([db.FilePath], Directory.GetFileSystemEntries(db.Folder));
    }

    [Fact]
    public async Task Read_only_url_and_plain_connection_string_both_work()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        await using var readOnly = new DataFlowDb(new DataFlowOptions { DatabaseUrl = db.Url + "?mode=ro" });
        await using var connectionString = new DataFlowDb(new DataFlowOptions { DatabaseUrl = $"Data Source={db.FilePath};Cache=Shared" });

        Assert.True(readOnly.Target.IsReadOnly);
        Assert.Equal(["t"], (await readOnly.DiscoverSchemaAsync()).Tables.Select(t => t.Name));
        Assert.Equal(["t"], (await connectionString.DiscoverSchemaAsync()).Tables.Select(t => t.Name));
    }

    [Fact]
    public async Task Table_glob_that_matches_nothing_gives_an_empty_result_and_a_warning()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE orders (id INTEGER PRIMARY KEY); CREATE TABLE customers (id INTEGER PRIMARY KEY);");

        var schema = await db.DiscoverAsync(new SchemaDiscoveryOptions { IncludeTables = ["invoice*"] });

        Assert.Empty(schema.Tables);
        var warning = Assert.Single(schema.Warnings);
        Assert.Equal((ErrorCodes.FilterMatchedNothing, "discovery"), (warning.Code, warning.ObjectKind));
        Assert.Contains("invoice*", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_reports_every_stage_in_order()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        var reports = new List<DiscoveryProgress>();

        await db.DiscoverAsync(new SchemaDiscoveryOptions { Progress = new SynchronousProgress(reports.Add) });

        Assert.Equal(
            ["reading objects", "parsing definitions", "reading view columns", "reading table pragmas", "building the model", "done"],
            reports.Select(r => r.Stage));
        Assert.Equal(Enumerable.Range(0, 6), reports.Select(r => r.Completed));
        Assert.All(reports, r => Assert.Equal(5, r.Total));
    }

    [Fact]
    public async Task Cancellation_during_discovery_stops_it()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == "parsing definitions")
            {
                cancellation.Cancel();
            }
        });
        await using var dataFlow = new DataFlowDb(new DataFlowOptions { DatabaseUrl = db.Url });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => dataFlow.DiscoverSchemaAsync(new SchemaDiscoveryOptions { Progress = progress }, cancellation.Token));
    }

    private sealed class SynchronousProgress(Action<DiscoveryProgress> report) : IProgress<DiscoveryProgress>
    {
        public void Report(DiscoveryProgress value) => report(value);
    }
}
