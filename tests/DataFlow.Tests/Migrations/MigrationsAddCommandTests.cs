using DataFlow.Snapshots;
using DataFlow.Tests.Cli;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Migrations;

/// <summary><c>dataflow migrations add</c> end to end on SQLite files: numbering, content, determinism, refusals.</summary>
public sealed class MigrationsAddCommandTests
{
    [Fact]
    public async Task The_next_file_is_written_with_risk_annotations_and_a_destructive_step_commented_out()
    {
        using var live = new SqliteDatabase();
        live.ExecuteScript("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, old TEXT);");
        using var target = new SqliteDatabase();
        target.ExecuteScript("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, nick VARCHAR(20)); CREATE INDEX ix_nick ON users (nick);");
        var snapshot = Path.Combine(target.Folder, "to.json");
        await SchemaSnapshot.WriteAsync(await target.DiscoverAsync(), snapshot);
        var dir = Path.Combine(live.Folder, "db_migrations");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "007_earlier.sql"), "SELECT 1;");

        var result = await CliRun.RunAsync("migrations", "add", "Add Nick", "--url", live.Url, "--to", snapshot, "--dir", dir);

        Assert.Equal(0, result.ExitCode);
        var file = Path.Combine(dir, "008_add_nick.sql");
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("ALTER TABLE \"users\" ADD COLUMN \"nick\" VARCHAR(20);\n", text, StringComparison.Ordinal);
        Assert.Contains("-- risk: CRITICAL [data-loss, rollback] drop_column: drops users.old and its values\n", text, StringComparison.Ordinal);
        Assert.Contains("-- ALTER TABLE \"users\" DROP COLUMN \"old\";\n", text, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX \"ix_nick\" ON \"users\" (\"nick\");\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no-transaction", text, StringComparison.Ordinal);

        File.Delete(file);
        Assert.Equal(0, (await CliRun.RunAsync("migrations", "add", "add_nick", "--url", live.Url, "--to", snapshot, "--dir", dir)).ExitCode);
        Assert.Equal(text, await File.ReadAllTextAsync(file));
        var again = await CliRun.RunAsync("migrations", "add", "add-nick", "--url", live.Url, "--to", snapshot, "--dir", dir);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains(ErrorCodes.MigrationExists, again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_changes_write_no_file_and_exit_zero()
    {
        using var live = new SqliteDatabase();
        live.ExecuteScript("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        var dir = Path.Combine(live.Folder, "db_migrations");

        var result = await CliRun.RunAsync("migrations", "add", "nothing", "--url", live.Url, "--to", live.Url, "--dir", dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No changes", result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public async Task A_sqlite_rebuild_file_manages_its_own_transaction_and_recreates_the_triggers_of_the_database()
    {
        const string Table = "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(10), qty INTEGER);";
        using var live = new SqliteDatabase();
        live.ExecuteScript(Table + """
            CREATE TABLE log (msg TEXT);
            CREATE TRIGGER items_log AFTER INSERT ON items BEGIN INSERT INTO log VALUES ('added ' || new.name); END;
            INSERT INTO items VALUES (1, 'pen', 3);
            """);
        using var target = new SqliteDatabase();
        target.ExecuteScript(Table.Replace("VARCHAR(10)", "VARCHAR(40)", StringComparison.Ordinal) + "CREATE TABLE log (msg TEXT);");
        var dir = Path.Combine(live.Folder, "db_migrations");

        var result = await CliRun.RunAsync("migrations", "add", "widen_name", "--url", live.Url, "--to", target.Url, "--dir", dir);

        Assert.Equal(0, result.ExitCode);
        var text = await File.ReadAllTextAsync(Path.Combine(dir, "001_widen_name.sql"));
        Assert.StartsWith("-- dataflow:no-transaction\n", text, StringComparison.Ordinal);
        Assert.Contains("-- risk: HIGH [locking, performance, rollback] table_rebuild: rebuilds items (type of name)", text, StringComparison.Ordinal);
        Assert.Contains("CREATE TRIGGER items_log", text, StringComparison.Ordinal);
        Assert.Contains("note: 1 object is not in the schema model (trigger)", result.Error, StringComparison.Ordinal);

        live.Execute(text);
        Assert.Equal("VARCHAR(40)", (await live.DiscoverAsync()).Table("items").Column("name").RawType);
        Assert.Equal(3L, live.Scalar<long>("SELECT qty FROM items WHERE name = 'pen'"));
        live.Execute("INSERT INTO items (name, qty) VALUES ('ink', 1)");
        Assert.Equal("added ink", live.Scalar<string>("SELECT msg FROM log ORDER BY rowid DESC LIMIT 1"));
    }

    [Fact]
    public async Task Json_output_lists_the_file_and_every_step_with_its_risk()
    {
        using var live = new SqliteDatabase();
        live.ExecuteScript("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        using var target = new SqliteDatabase();
        target.ExecuteScript("CREATE TABLE t (id INTEGER PRIMARY KEY); CREATE TABLE u (id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES t (id));");
        var dir = Path.Combine(live.Folder, "m");

        var result = await CliRun.RunAsync("migrations", "add", "add u", "--url", live.Url, "--to", target.Url, "--dir", dir, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(Path.Combine(dir, "001_add_u.sql"), json.RootElement.GetProperty("file").GetString());
        Assert.Equal("Transaction", json.RootElement.GetProperty("transaction").GetString());
        var step = Assert.Single(json.RootElement.GetProperty("steps").EnumerateArray());
        Assert.Equal("create table u", step.GetProperty("description").GetString());
        Assert.Equal("LOW", step.GetProperty("risk").GetString());
        Assert.StartsWith("CREATE TABLE \"u\"", step.GetProperty("statements")[0].GetString(), StringComparison.Ordinal);
    }
}
