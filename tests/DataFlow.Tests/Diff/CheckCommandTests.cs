using DataFlow.Tests.Cli;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Diff;

/// <summary><c>dataflow check</c> against a real SQLite file and a snapshot written by <c>dataflow discover --out</c>.</summary>
public class CheckCommandTests
{
    private static async Task<(string Url, string Snapshot)> SnapshotAsync(SqliteDatabase db)
    {
        db.ExecuteScript("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL); CREATE INDEX ix_users_email ON users(email);");
        var url = Discover.SqliteUrl(db.FilePath);
        var snapshot = Path.Combine(db.Folder, "schema.json");
        var written = await CliRun.PublicAsync("discover", "--url", url, "--out", snapshot);
        Assert.True(written.ExitCode == 0, written.AllOutput);
        return (url, snapshot);
    }

    [Fact]
    public async Task A_database_that_matches_its_snapshot_exits_0_in_sync()
    {
        using var db = new SqliteDatabase();
        var (url, snapshot) = await SnapshotAsync(db);

        var result = await CliRun.PublicAsync("check", "--url", url, "--snapshot", snapshot);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("In sync", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_drifted_exits_2_and_prints_the_diff()
    {
        using var db = new SqliteDatabase();
        var (url, snapshot) = await SnapshotAsync(db);
        db.ExecuteScript("ALTER TABLE users ADD COLUMN age INTEGER; DROP INDEX ix_users_email;");

        var result = await CliRun.PublicAsync("check", "--url", url, "--snapshot", snapshot);

        Assert.True(result.ExitCode == 2, result.AllOutput);
        Assert.Contains("users.age", result.Out, StringComparison.Ordinal);
        Assert.Contains("users.ix_users_email", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("In sync", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trigger_the_snapshot_cannot_compare_exits_2_without_saying_in_sync()
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript("CREATE TABLE log (msg TEXT);");
        var (url, snapshot) = await SnapshotAsync(db);
        db.ExecuteScript("CREATE TRIGGER trg_users AFTER INSERT ON users BEGIN INSERT INTO log VALUES ('x'); END;");

        var result = await CliRun.PublicAsync("check", "--url", url, "--snapshot", snapshot);

        Assert.True(result.ExitCode == 2, result.AllOutput);
        Assert.Contains("trg_users", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("In sync", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_database_file_exits_1()
    {
        using var db = new SqliteDatabase();
        var (_, snapshot) = await SnapshotAsync(db);

        var result = await CliRun.PublicAsync("check", "--url", Discover.SqliteUrl(Path.Combine(db.Folder, "missing.db")), "--snapshot", snapshot);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("DF-CONN-003", result.Error, StringComparison.Ordinal);
    }
}
