using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Cli;

/// <summary><c>dataflow watch</c> on a real SQLite file altered while the command runs in-process.</summary>
public class WatchCommandSqliteTests
{
    private const string CustomPartial = "namespace Models;\n\n// hand-written\npublic partial class User\n{\n    public string Display => Email;\n}\n";

    [Fact]
    public async Task A_new_table_is_scaffolded_its_diff_printed_and_custom_files_are_left_alone()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);");
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("User.Custom.cs"), CustomPartial);
        var customTime = File.GetLastWriteTimeUtc(folder.File("User.Custom.cs"));
        await using var watch = WatchRun.Start("--url", db.Url, "--out", folder.Path, "--interval", "100ms", "--max-changes", "1");
        await watch.WaitForAsync("Watching ");

        db.Execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, label VARCHAR(30) NOT NULL);");

        Assert.Equal(0, await watch.WaitForExitAsync());
        Assert.Contains("Scaffolded: 1 written, 0 unchanged, 0 removed", watch.Out, StringComparison.Ordinal);
        // Every header holds the schema hash, so a schema change rewrites every generated file.
        Assert.Contains("regenerated: 2 written, 0 unchanged, 0 removed", watch.Out, StringComparison.Ordinal);
        Assert.Contains("+ tags (id, label)", watch.Out, StringComparison.Ordinal);
        Assert.Contains("public partial class Tag", File.ReadAllText(Path.Combine(folder.Path, "Generated", "Tag.cs")), StringComparison.Ordinal);
        Assert.Equal(CustomPartial, File.ReadAllText(folder.File("User.Custom.cs")));
        Assert.Equal(customTime, File.GetLastWriteTimeUtc(folder.File("User.Custom.cs")));
        Assert.Contains("tags", File.ReadAllText(folder.File("schema.snapshot.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_table_and_a_new_column_regenerate_and_remove_files_until_max_changes()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL); CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);");
        using var folder = new TempFolder();
        await using var watch = WatchRun.Start("--url", db.Url, "--out", folder.Path, "--interval", "100ms", "--max-changes", "2");
        await watch.WaitForAsync("Watching ");

        db.Execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(40);");
        await watch.WaitForAsync("regenerated:");
        db.Execute("DROP TABLE notes;");

        Assert.Equal(0, await watch.WaitForExitAsync());
        Assert.Contains("+ users.nickname", watch.Out, StringComparison.Ordinal);
        Assert.Contains("- notes", watch.Out, StringComparison.Ordinal);
        Assert.Contains("public string? Nickname", File.ReadAllText(Path.Combine(folder.Path, "Generated", "User.cs")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "Generated", "Note.cs")));
        Assert.Contains("removed " + Path.Combine(folder.Path, "Generated", "Note.cs"), watch.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_after_a_change_prints_the_diff_from_the_last_snapshot_and_cancelling_exits_0()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);");
        using var folder = new TempFolder();
        Assert.Equal(0, (await CliRun.RunAsync("scaffold", "--url", db.Url, "--out", folder.Path)).ExitCode);
        db.Execute("CREATE INDEX ix_users_email ON users (email);");

        await using var watch = WatchRun.Start("--url", db.Url, "--out", folder.Path, "--interval", "100ms");
        await watch.WaitForAsync("Watching ");
        var exitCode = await watch.StopAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("Scaffolded: 1 written, 0 unchanged, 0 removed", watch.Out, StringComparison.Ordinal);
        Assert.Contains("+ users.ix_users_email", watch.Out, StringComparison.Ordinal);
        Assert.Contains("Stopped watching.", watch.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_disappears_while_polling_is_reported_retried_and_picked_up_again()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);");
        using var folder = new TempFolder();
        await using var watch = WatchRun.Start("--url", db.Url, "--out", folder.Path, "--interval", "100ms", "--max-changes", "1");
        await watch.WaitForAsync("Watching ");

        File.Move(db.FilePath, db.FilePath + ".away");
        await watch.WaitForAsync("retrying in", count: 2);
        File.Move(db.FilePath + ".away", db.FilePath);
        await watch.WaitForAsync("can be read again");
        db.Execute("CREATE TABLE tags (id INTEGER PRIMARY KEY);");

        Assert.Equal(0, await watch.WaitForExitAsync());
        Assert.Contains("warning: DF-CONN-003", watch.Error, StringComparison.Ordinal);
        Assert.Contains("retrying in 200ms (attempt 1)", watch.Error, StringComparison.Ordinal);
        Assert.Contains("retrying in 400ms (attempt 2)", watch.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Path, "Generated", "Tag.cs")));
    }

    [Theory]
    [InlineData("--interval", "0s", "DF-WATCH-001")]
    [InlineData("--interval", "soon", "DF-WATCH-001")]
    [InlineData("--max-changes", "0", "DF-WATCH-002")]
    public async Task Bad_arguments_exit_1_with_their_code_before_connecting(string option, string value, string code)
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync("watch", "--url", "sqlite:////nonexistent/x.db", "--out", folder.Path, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(code + ": ", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_missing_database_at_start_exits_1_instead_of_retrying()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync("watch", "--url", "sqlite:////nonexistent/x.db", "--out", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-CONN-003: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_help_lists_every_option_and_the_exit_codes()
    {
        var result = await CliRun.RunAsync("watch", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--url", "--out", "--namespace", "--schema", "--interval", "--max-changes", "--json", "--verbose" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes:", result.Out, StringComparison.Ordinal);
    }
}
