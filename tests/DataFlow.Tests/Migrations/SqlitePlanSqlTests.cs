using DataFlow.Diff;
using DataFlow.Migrations.Planning;
using DataFlow.Schema;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Diff;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Migrations;

/// <summary>The exact SQL the planner writes for SQLite, for schemas discovered from real files, and that it applies.</summary>
public sealed class SqlitePlanSqlTests
{
    private const string Base = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);";

    [Fact]
    public async Task Adding_a_nullable_column_and_a_not_null_column_with_default_is_done_in_place()
    {
        var (db, from, to) = await SchemasAsync("ALTER TABLE users ADD COLUMN nick TEXT; ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1;");
        using var _ = db;

        Assert.Equal(
            [
                "ALTER TABLE \"users\" ADD COLUMN \"active\" INTEGER NOT NULL DEFAULT 1",
                "ALTER TABLE \"users\" ADD COLUMN \"nick\" TEXT",
            ],
            PlannedSql.Of(from, to));
    }

    [Fact]
    public async Task A_dropped_column_is_commented_out_and_a_confirmed_rename_is_a_rename()
    {
        var (db, from, to) = await SchemasAsync("ALTER TABLE users RENAME COLUMN email TO mail; CREATE TABLE extra (id INTEGER PRIMARY KEY, gone TEXT, kept TEXT);");
        using var _ = db;
        var dropped = to.WithTable("extra", t => t with { Columns = t.Columns.Where(c => c.Name != "gone").ToEquatableArray() });

        Assert.Equal(["-- ALTER TABLE \"extra\" DROP COLUMN \"gone\""], PlannedSql.Of(to, dropped));
        Assert.Equal(["ALTER TABLE \"users\" RENAME COLUMN \"email\" TO \"mail\"", "CREATE TABLE \"extra\" (\n    \"id\" INTEGER NOT NULL,\n    \"gone\" TEXT,\n    \"kept\" TEXT,\n    PRIMARY KEY (\"id\")\n)"],
            PlannedSql.Of(from, to, null, new RenameMapping("users.email", "users.mail")));
    }

    [Fact]
    public async Task New_tables_with_a_foreign_key_cycle_carry_their_keys_and_apply()
    {
        var (db, from, to) = await SchemasAsync("""
            CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b (id));
            CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));
            """);
        using var _ = db;
        var plan = MigrationPlanner.Plan(from, to);

        Assert.Equal(
            [
                "CREATE TABLE \"a\" (\n    \"id\" INTEGER NOT NULL,\n    \"b_id\" INTEGER,\n    PRIMARY KEY (\"id\"),\n    FOREIGN KEY (\"b_id\") REFERENCES \"b\" (\"id\")\n)",
                "CREATE TABLE \"b\" (\n    \"id\" INTEGER NOT NULL,\n    \"a_id\" INTEGER,\n    PRIMARY KEY (\"id\"),\n    FOREIGN KEY (\"a_id\") REFERENCES \"a\" (\"id\")\n)",
            ],
            PlannedSql.Lines(plan));
        using var target = new SqliteDatabase();
        target.ExecuteScript(Base);
        await PlanApplier.ApplyAsync(target.Url, plan);
        Assert.Empty(SchemaDiffer.Compare(to, await target.DiscoverAsync()).Lines());
    }

    private static async Task<(SqliteDatabase Db, DatabaseSchema From, DatabaseSchema To)> SchemasAsync(string change)
    {
        var db = new SqliteDatabase();
        db.ExecuteScript(Base);
        var from = await db.DiscoverAsync();
        db.ExecuteScript(change);
        return (db, from, await db.DiscoverAsync());
    }
}
