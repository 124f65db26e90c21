using DataFlow.Diff;
using DataFlow.Migrations.Ddl;
using DataFlow.Migrations.Planning;
using DataFlow.Schema;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Diff;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Migrations;

/// <summary>The SQLite table rebuild: the exact SQL planned for a type change, and data, indexes, triggers and foreign keys kept.</summary>
public sealed class SqliteRebuildTests
{
    private const string Schema = """
        CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(50) NOT NULL, score INTEGER);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id), total REAL);
        CREATE INDEX ix_users_email ON users (email);
        CREATE TABLE audit (what TEXT);
        CREATE TRIGGER users_audit AFTER UPDATE ON users BEGIN INSERT INTO audit VALUES ('updated ' || new.id); END;
        CREATE VIEW big_scores AS SELECT id, score FROM users WHERE score > 10;
        INSERT INTO users VALUES (1, 'a@example.com', 5), (2, 'b@example.com', 20);
        INSERT INTO orders VALUES (10, 1, 9.5), (11, 2, 20.0);
        """;

    [Fact]
    public async Task A_type_change_is_planned_as_the_twelve_step_rebuild()
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(Schema);
        var from = await db.DiscoverAsync();
        var to = from.WithTable("users", t => t.WithColumn("email", c => c with { RawType = "VARCHAR(100)", Type = LogicalType.String(100) }));

        var plan = MigrationPlanner.Plan(from, to, options: new MigrationPlannerOptions
        {
            SqliteTriggers = new Dictionary<string, IReadOnlyList<string>> { ["users"] = ["CREATE TRIGGER users_audit AFTER UPDATE ON users BEGIN INSERT INTO audit VALUES ('updated ' || new.id); END"] },
        });

        Assert.Equal(MigrationTransactionMode.SelfManaged, plan.TransactionMode);
        Assert.Equal(
            [
                "PRAGMA foreign_keys = OFF",
                "BEGIN",
                "DROP VIEW \"big_scores\"",
                "CREATE TABLE \"_dataflow_new_users\" (\n    \"id\" INTEGER NOT NULL,\n    \"email\" VARCHAR(100) NOT NULL,\n    \"score\" INTEGER,\n    PRIMARY KEY (\"id\")\n)",
                "INSERT INTO \"_dataflow_new_users\" (\"id\", \"email\", \"score\")\n    SELECT \"id\", \"email\", \"score\" FROM \"users\"",
                "DROP TABLE \"users\"",
                "ALTER TABLE \"_dataflow_new_users\" RENAME TO \"users\"",
                "CREATE INDEX \"ix_users_email\" ON \"users\" (\"email\")",
                "CREATE TRIGGER users_audit AFTER UPDATE ON users BEGIN INSERT INTO audit VALUES ('updated ' || new.id); END",
                .. SqliteTableRebuild.ForeignKeyCheck(),
                "CREATE VIEW \"big_scores\" AS\nSELECT id, score FROM users WHERE score > 10",
                "COMMIT",
                "PRAGMA foreign_keys = ON",
            ],
            plan.EnabledStatements());

        await PlanApplier.ApplyAsync(db.Url, plan);
        Assert.Empty(SchemaDiffer.Compare(to, await db.DiscoverAsync()).Lines());
        Assert.Equal(25.0, db.Scalar<double>("SELECT sum(score) FROM users"));
        db.Execute("UPDATE users SET score = 30 WHERE id = 1");
        Assert.Equal("updated 1", db.Scalar<string>("SELECT what FROM audit"));
    }

    [Fact]
    public async Task The_rebuild_api_keeps_rows_indexes_triggers_views_and_foreign_keys()
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(Schema);
        var from = await db.DiscoverAsync();
        var users = from.Table("users");
        var to = users with
        {
            Columns = users.Columns.Select(c => c.Name == "score" ? c with { IsNullable = false, Default = "0" } : c).ToEquatableArray(),
        };

        await using var dataFlow = new DataFlowDb(db.Url);
        var statements = await SqliteTableRebuild.ExecuteAsync(dataFlow, users, to);

        Assert.Contains(statements, s => s.StartsWith("CREATE TRIGGER users_audit", StringComparison.Ordinal));
        var after = await db.DiscoverAsync();
        Assert.Equal("0", after.Table("users").Column("score").Default);
        Assert.False(after.Table("users").Column("score").IsNullable);
        Assert.Equal(2L, db.Scalar<long>("SELECT count(*) FROM users"));
        Assert.Equal(1L, db.Scalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'ix_users_email'"));
        Assert.Equal(1L, db.Scalar<long>("SELECT count(*) FROM big_scores"));
        Assert.Equal(2L, db.Scalar<long>("SELECT count(*) FROM orders JOIN users ON users.id = orders.user_id"));
        Assert.Single(after.Table("orders").ForeignKeys);
        db.Execute("UPDATE users SET score = 1 WHERE id = 2");
        Assert.Equal("updated 2", db.Scalar<string>("SELECT what FROM audit"));
    }

    [Fact]
    public async Task A_rebuild_that_breaks_a_foreign_key_is_rolled_back()
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(Schema);
        var users = (await db.DiscoverAsync()).Table("users");
        var to = users with { CheckConstraints = [new CheckConstraint { Expression = "id < 2" }] };

        await using var dataFlow = new DataFlowDb(db.Url);
        var error = await Assert.ThrowsAsync<DataFlowException>(() => SqliteTableRebuild.ExecuteAsync(dataFlow, users, to));

        Assert.Equal(ErrorCodes.RebuildFailed, error.Code);
        Assert.Equal(2L, db.Scalar<long>("SELECT count(*) FROM users"));
        Assert.Empty((await db.DiscoverAsync()).Table("users").CheckConstraints);
    }
}
