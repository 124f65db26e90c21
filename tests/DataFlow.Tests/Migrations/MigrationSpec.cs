using System.Text.Json;
using DataFlow.Migrations.Journal;
using DataFlow.Tests.Cli;

namespace DataFlow.Tests.Migrations;

/// <summary><c>dataflow migrate</c> and its companions on a real database, written once for both dialects.</summary>
public abstract partial class MigrationSpec
{
    protected abstract IMigrationTestDatabase Database { get; }

    protected const string Users = "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);\n";
    protected const string Orders = "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\nINSERT INTO users (id, email) VALUES (1, 'a;b@example.com');\n";

    protected string Write(string fileName, string sql)
    {
        var path = Path.Combine(Database.Folder, fileName);
        File.WriteAllText(path, sql);
        return path;
    }

    protected Task<CliResult> Cli(string command, params string[] more) =>
        CliRun.RunAsync([command, "--url", Database.Url, .. command == "history" || command == "baseline" ? Array.Empty<string>() : ["--dir", Database.Folder], .. more]);

    protected Task<IReadOnlyList<string?>> AppliedVersionsAsync() =>
        Database.ColumnAsync("SELECT version FROM dataflow_migrations WHERE kind = 'sql' AND status = 'completed' ORDER BY id");

    [Fact]
    public async Task Migrate_applies_files_in_numeric_order_once_and_journals_each()
    {
        Write("9_users.sql", Users);
        Write("10_orders.sql", Orders);
        Write("002_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);");
        Write("README.sql", "this is not a migration");

        var first = await Cli("migrate", "--json");
        var second = await Cli("migrate");

        Assert.True(first.ExitCode == 0, first.AllOutput);
        using var json = JsonDocument.Parse(first.Out);
        Assert.Equal(["2", "9", "10"], json.RootElement.GetProperty("applied").EnumerateArray().Select(a => a.GetProperty("version").GetString()));
        Assert.False(json.RootElement.GetProperty("lock").GetProperty("waited").GetBoolean());
        Assert.Equal(["2", "9", "10"], await AppliedVersionsAsync());
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Nothing to apply", second.Out, StringComparison.Ordinal);
        Assert.Equal(MigrationChecksum.Of(Orders), await Database.ScalarAsync("SELECT checksum FROM dataflow_migrations WHERE version = '10'"));
        Assert.Equal(Environment.UserName + "@" + Environment.MachineName, await Database.ScalarAsync("SELECT applied_by FROM dataflow_migrations WHERE version = '10'"));
        Assert.Equal("orders", await Database.ScalarAsync("SELECT name FROM dataflow_migrations WHERE version = '10'"));
        Assert.Equal(MigrationActor.Current.ToolVersion, await Database.ScalarAsync("SELECT tool_version FROM dataflow_migrations WHERE version = '10'"));
        Assert.Equal("1", await Database.ScalarAsync("SELECT count(*) FROM users WHERE email = 'a;b@example.com'"));
        var status = await Cli("status");
        Assert.Contains("ignored      README.sql", status.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_lists_the_pending_files_and_changes_nothing()
    {
        Write("001_users.sql", Users);
        Write("002_orders.sql", Orders);

        var result = await Cli("migrate", "--dry-run");

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("would apply 001_users.sql", result.Out, StringComparison.Ordinal);
        Assert.Contains("would apply 002_orders.sql", result.Out, StringComparison.Ordinal);
        Assert.False(await Database.TableExistsAsync("users"));
        Assert.False(await Database.TableExistsAsync(MigrationJournal.TableName));
    }

    [Fact]
    public async Task Target_stops_at_the_given_version()
    {
        Write("001_users.sql", Users);
        Write("002_orders.sql", Orders);

        var result = await Cli("migrate", "--target", "001");

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Equal(["1"], await AppliedVersionsAsync());
        Assert.False(await Database.TableExistsAsync("orders"));
    }

    [Fact]
    public async Task A_changed_applied_file_fails_validate_with_both_checksums_and_stops_migrate()
    {
        var path = Write("001_users.sql", Users);
        Assert.Equal(0, (await Cli("migrate")).ExitCode);
        File.WriteAllText(path, Users + "CREATE INDEX ix_users_email ON users (email);\n");
        Write("002_orders.sql", Orders);

        var validate = await Cli("validate");
        var migrate = await Cli("migrate");

        Assert.Equal(2, validate.ExitCode);
        Assert.Contains("DF-MIG-003", validate.Out, StringComparison.Ordinal);
        Assert.Contains("001_users.sql", validate.Out, StringComparison.Ordinal);
        Assert.Contains(MigrationChecksum.Of(Users), validate.Out, StringComparison.Ordinal);
        Assert.Contains(MigrationChecksum.Of(File.ReadAllText(path)), validate.Out, StringComparison.Ordinal);
        Assert.Equal(1, migrate.ExitCode);
        Assert.Contains("DF-MIG-003", migrate.Error, StringComparison.Ordinal);
        Assert.False(await Database.TableExistsAsync("orders"));
    }

    [Fact]
    public async Task Line_endings_trailing_whitespace_and_trailing_blank_lines_do_not_count_as_changes()
    {
        var path = Write("001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY,\n  email VARCHAR(100) NOT NULL);\n");
        Assert.Equal(0, (await Cli("migrate")).ExitCode);
        File.WriteAllText(path, "CREATE TABLE users (id INTEGER PRIMARY KEY,   \r\n  email VARCHAR(100) NOT NULL);\t\r\n\r\n\r\n");

        var validate = await Cli("validate", "--json");

        Assert.True(validate.ExitCode == 0, validate.AllOutput);
        using var json = JsonDocument.Parse(validate.Out);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("applied").GetInt32());
    }

    [Fact]
    public async Task Repair_accepts_a_deliberate_edit_and_records_who_and_both_checksums()
    {
        var path = Write("001_users.sql", Users);
        Assert.Equal(0, (await Cli("migrate")).ExitCode);
        File.WriteAllText(path, "-- users of the shop\n" + Users);

        var repair = await Cli("repair");
        var validate = await Cli("validate");
        var history = await Cli("history", "--json");

        Assert.True(repair.ExitCode == 0, repair.AllOutput);
        Assert.Contains($"001_users.sql: checksum {MigrationChecksum.Of(Users)} -> {MigrationChecksum.Of(File.ReadAllText(path))}", repair.Out, StringComparison.Ordinal);
        Assert.Equal(0, validate.ExitCode);
        using var json = JsonDocument.Parse(history.Out);
        var entry = Assert.Single(json.RootElement.GetProperty("repairs").EnumerateArray());
        Assert.Equal("checksum_updated", entry.GetProperty("action").GetString());
        Assert.Equal(MigrationChecksum.Of(Users), entry.GetProperty("oldChecksum").GetString());
        Assert.Equal(MigrationChecksum.Of(File.ReadAllText(path)), entry.GetProperty("newChecksum").GetString());
        Assert.Equal(Environment.UserName + "@" + Environment.MachineName, entry.GetProperty("repairedBy").GetString());
    }

    [Fact]
    public async Task Baseline_adopts_an_existing_database_and_only_later_files_run()
    {
        await Database.ExecuteAsync(Users + Orders);
        Write("001_users.sql", Users);
        Write("002_orders.sql", Orders);
        Write("003_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);");

        var baseline = await Cli("baseline", "--version", "2");
        var migrate = await Cli("migrate", "--json");
        var again = await Cli("baseline", "--version", "3");
        var status = await Cli("status", "--json");

        Assert.True(baseline.ExitCode == 0, baseline.AllOutput);
        Assert.True(migrate.ExitCode == 0, migrate.AllOutput);
        using var applied = JsonDocument.Parse(migrate.Out);
        Assert.Equal(["3"], applied.RootElement.GetProperty("applied").EnumerateArray().Select(a => a.GetProperty("version").GetString()));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("DF-MIG-008", again.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(status.Out);
        Assert.Equal(["baselined", "baselined", "applied"], json.RootElement.GetProperty("migrations").EnumerateArray().Select(m => m.GetProperty("state").GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("baseline").GetInt64());
    }

    [Fact]
    public async Task An_out_of_order_file_is_reported_and_applied_only_when_allowed()
    {
        Write("001_users.sql", Users);
        Write("003_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);");
        Assert.Equal(0, (await Cli("migrate")).ExitCode);
        Write("002_orders.sql", Orders);

        var status = await Cli("status");
        var refused = await Cli("migrate");
        var validate = await Cli("validate");
        Assert.False(await Database.TableExistsAsync("orders"));
        var allowed = await Cli("migrate", "--allow-out-of-order");

        Assert.Contains("out-of-order 002_orders.sql", status.Out, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("DF-MIG-004", refused.Error, StringComparison.Ordinal);
        Assert.Contains("002_orders.sql", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, validate.ExitCode);
        Assert.True(allowed.ExitCode == 0, allowed.AllOutput);
        Assert.True(await Database.TableExistsAsync("orders"));
        Assert.Equal(["1", "3", "2"], await AppliedVersionsAsync());
    }

    [Fact]
    public async Task A_file_failing_midway_is_rolled_back_and_nothing_is_recorded()
    {
        Write("001_users.sql", Users);
        var path = Write("002_orders.sql", Orders + "INSERT INTO no_such_table VALUES (1);\n");

        var failed = await Cli("migrate");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("DF-MIG-006", failed.Error, StringComparison.Ordinal);
        Assert.Contains("rolled back", failed.Error, StringComparison.Ordinal);
        Assert.False(await Database.TableExistsAsync("orders"));
        Assert.Equal("0", await Database.ScalarAsync("SELECT count(*) FROM users"));
        Assert.Equal(["1"], await Database.ColumnAsync("SELECT version FROM dataflow_migrations ORDER BY id"));

        File.WriteAllText(path, Orders);
        var fixedRun = await Cli("migrate");
        Assert.True(fixedRun.ExitCode == 0, fixedRun.AllOutput);
        Assert.Equal(["1", "2"], await AppliedVersionsAsync());
    }

    [Fact]
    public async Task A_no_transaction_file_keeps_committed_statements_records_a_failed_row_and_needs_repair()
    {
        Write("001_users.sql", Users);
        var path = Write("002_orders.sql", "-- orders, one statement at a time\n-- dataflow:no-transaction\n\n" + Orders + "INSERT INTO no_such_table VALUES (1);\n");

        var failed = await Cli("migrate");
        var blocked = await Cli("migrate");
        File.WriteAllText(path, "-- dataflow:no-transaction\nCREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, user_id INTEGER);\n");
        var repair = await Cli("repair");
        var fixedRun = await Cli("migrate");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("DF-MIG-006", failed.Error, StringComparison.Ordinal);
        Assert.Contains("committed", failed.Error, StringComparison.Ordinal);
        Assert.True(await Database.TableExistsAsync("orders"));
        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("DF-MIG-007", blocked.Error, StringComparison.Ordinal);
        Assert.Contains("failed row removed", repair.Out, StringComparison.Ordinal);
        Assert.True(fixedRun.ExitCode == 0, fixedRun.AllOutput);
        Assert.Equal(["1", "2"], await AppliedVersionsAsync());
        Assert.Equal("0", await Database.ScalarAsync("SELECT count(*) FROM dataflow_migrations WHERE status = 'failed'"));
        Assert.Equal("failed_removed", await Database.ScalarAsync("SELECT action FROM dataflow_migration_repairs"));
    }

    [Fact]
    public async Task History_lists_every_journal_row_with_its_columns()
    {
        Write("001_users.sql", Users);
        Assert.Equal(0, (await Cli("migrate")).ExitCode);

        var history = await Cli("history", "--json");

        Assert.True(history.ExitCode == 0, history.AllOutput);
        using var json = JsonDocument.Parse(history.Out);
        var row = Assert.Single(json.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal("sql", row.GetProperty("kind").GetString());
        Assert.Equal("completed", row.GetProperty("status").GetString());
        Assert.Equal("users", row.GetProperty("name").GetString());
        Assert.Equal(MigrationChecksum.Of(Users), row.GetProperty("checksum").GetString());
        Assert.True(DateTimeOffset.UtcNow - DateTimeOffset.Parse(row.GetProperty("appliedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture) < TimeSpan.FromMinutes(5));
        Assert.DoesNotContain(":dataflow@", history.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_applied_file_fails_validate_but_does_not_stop_migrate()
    {
        var path = Write("001_users.sql", Users);
        Assert.Equal(0, (await Cli("migrate")).ExitCode);
        File.Delete(path);
        Write("002_orders.sql", Orders.Replace(" REFERENCES users (id)", string.Empty, StringComparison.Ordinal).Replace("INSERT INTO users (id, email) VALUES (1, 'a;b@example.com');\n", string.Empty, StringComparison.Ordinal));

        var validate = await Cli("validate");
        var status = await Cli("status");
        var migrate = await Cli("migrate");

        Assert.Equal(2, validate.ExitCode);
        Assert.Contains("DF-MIG-011", validate.Out, StringComparison.Ordinal);
        Assert.Contains("missing      1 users", status.Out, StringComparison.Ordinal);
        Assert.True(migrate.ExitCode == 0, migrate.AllOutput);
        Assert.Equal(["1", "2"], await AppliedVersionsAsync());
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_changes()
    {
        Write("001_users.sql", Users);

        var target = await Cli("migrate", "--target", "v3");
        var folder = await CliRun.RunAsync("migrate", "--url", Database.Url, "--dir", Path.Combine(Database.Folder, "nope"));
        var duplicate = Write("1_again.sql", Users);
        var twice = await Cli("migrate");
        File.Delete(duplicate);

        Assert.Equal((1, 1, 1), (target.ExitCode, folder.ExitCode, twice.ExitCode));
        Assert.Contains("DF-MIG-010", target.Error, StringComparison.Ordinal);
        Assert.Contains("DF-MIG-001", folder.Error, StringComparison.Ordinal);
        Assert.Contains("DF-MIG-002", twice.Error, StringComparison.Ordinal);
        Assert.False(await Database.TableExistsAsync(MigrationJournal.TableName));
    }
}
