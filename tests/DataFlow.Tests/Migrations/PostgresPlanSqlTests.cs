using DataFlow.Diff;
using DataFlow.Migrations.Files;
using DataFlow.Migrations.Planning;
using DataFlow.Migrations.Risk;
using DataFlow.Tests.Diff;
using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Migrations;

/// <summary>The exact SQL the planner writes for PostgreSQL, for schemas discovered from a real server, and that it runs.</summary>
public sealed class PostgresPlanSqlTests : IClassFixture<PostgresDatabase>
{
    private const string Base = """
        CREATE TYPE mood AS ENUM ('sad', 'happy');
        CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, mood mood);
        """;

    private readonly PostgresDatabase _db;

    public PostgresPlanSqlTests(PostgresDatabase db) => _db = db;

    [Fact]
    public async Task Adding_a_nullable_column_and_a_not_null_column_with_default()
    {
        var (from, to) = await SchemasAsync("a1", Base, "ALTER TABLE users ADD COLUMN nick text; ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;");

        Assert.Equal(
            [
                "ALTER TABLE \"a1\".\"users\" ADD COLUMN \"active\" boolean DEFAULT true NOT NULL",
                "ALTER TABLE \"a1\".\"users\" ADD COLUMN \"nick\" text",
            ],
            PlannedSql.Of(from, to));
    }

    [Fact]
    public async Task A_dropped_column_is_commented_out_unless_destructive_changes_are_allowed()
    {
        var (from, to) = await SchemasAsync("a2", Base, "ALTER TABLE users DROP COLUMN email;");

        Assert.Equal(["-- ALTER TABLE \"a2\".\"users\" DROP COLUMN \"email\""], PlannedSql.Of(from, to));
        Assert.Equal(["ALTER TABLE \"a2\".\"users\" DROP COLUMN \"email\""], PlannedSql.Of(from, to, new MigrationPlannerOptions { AllowDestructive = true }));
        var step = Assert.Single(MigrationPlanner.Plan(from, to).Steps);
        Assert.Equal(RiskLevel.Critical, step.Risk.Level);
        Assert.Equal(RiskCodes.DropColumn, step.Risk.Findings[0].Code);
    }

    [Fact]
    public async Task A_confirmed_rename_is_a_rename_and_an_unconfirmed_one_is_commented_out_with_the_hint()
    {
        var (from, to) = await SchemasAsync("a3", Base, "ALTER TABLE users RENAME COLUMN email TO email_address;");

        Assert.Equal(["ALTER TABLE \"a3\".\"users\" RENAME COLUMN \"email\" TO \"email_address\""],
            PlannedSql.Of(from, to, null, new RenameMapping("a3.users.email", "a3.users.email_address")));
        var probable = Assert.Single(MigrationPlanner.Plan(from, to).Steps);
        Assert.False(probable.IsEnabled);
        Assert.Contains("--rename a3.users.email=a3.users.email_address", probable.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_tables_with_a_foreign_key_cycle_get_their_keys_after_both_tables_exist()
    {
        var (from, to) = await SchemasAsync("a4", Base, """
            CREATE TABLE a (id integer PRIMARY KEY, b_id integer);
            CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a (id));
            ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id);
            """);

        Assert.Equal(
            [
                "CREATE TABLE \"a4\".\"a\" (\n    \"id\" integer NOT NULL,\n    \"b_id\" integer,\n    CONSTRAINT \"a_pkey\" PRIMARY KEY (\"id\")\n)",
                "CREATE TABLE \"a4\".\"b\" (\n    \"id\" integer NOT NULL,\n    \"a_id\" integer,\n    CONSTRAINT \"b_pkey\" PRIMARY KEY (\"id\")\n)",
                "ALTER TABLE \"a4\".\"a\" ADD CONSTRAINT \"a_b_fk\" FOREIGN KEY (\"b_id\") REFERENCES \"a4\".\"b\" (\"id\")",
                "ALTER TABLE \"a4\".\"b\" ADD CONSTRAINT \"b_a_id_fkey\" FOREIGN KEY (\"a_id\") REFERENCES \"a4\".\"a\" (\"id\")",
            ],
            PlannedSql.Of(from, to));
    }

    [Fact]
    public async Task An_added_enum_value_is_placed_after_its_neighbour()
    {
        var (from, to) = await SchemasAsync("a5", Base, "ALTER TYPE mood ADD VALUE 'calm' AFTER 'sad';");

        Assert.Equal(["ALTER TYPE \"a5\".\"mood\" ADD VALUE 'calm' AFTER 'sad'"], PlannedSql.Of(from, to));
        var first = to with { Enums = [to.Enums[0] with { Values = ["numb", .. to.Enums[0].Values] }] };
        Assert.Equal(["ALTER TYPE \"a5\".\"mood\" ADD VALUE 'numb' BEFORE 'sad'"], PlannedSql.Of(to, first));
    }

    [Fact]
    public async Task Indexes_on_existing_tables_can_be_built_concurrently_and_the_file_then_opts_out_of_the_transaction()
    {
        var (from, to) = await SchemasAsync("a6", Base, "CREATE INDEX users_email ON users (lower(email)) WHERE mood IS NOT NULL;");
        var plan = MigrationPlanner.Plan(from, to, options: new MigrationPlannerOptions { ConcurrentIndexes = true });

        Assert.Equal("CREATE INDEX CONCURRENTLY \"users_email\" ON \"a6\".\"users\" ((lower(email))) WHERE mood IS NOT NULL", Assert.Single(PlannedSql.Lines(plan)));
        Assert.Equal(MigrationTransactionMode.NoTransaction, plan.TransactionMode);
        var file = MigrationFileFormat.Render(plan, new MigrationFileHeader { Tool = "dataflow test", From = "a", To = "b", FromHash = "h1", ToHash = "h2" });
        Assert.StartsWith(MigrationFileFormat.NoTransactionDirective + "\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_with_changes_of_every_kind_applies_and_leaves_no_difference()
    {
        var (from, to) = await SchemasAsync("a7", Base + "CREATE VIEW user_emails AS SELECT id, email FROM users;", """
            ALTER TYPE mood ADD VALUE 'calm';
            DROP VIEW user_emails;
            ALTER TABLE users ALTER COLUMN email TYPE varchar(300), ADD COLUMN age integer CHECK (age > 0);
            CREATE TABLE posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id), body text);
            CREATE INDEX posts_user ON posts (user_id DESC);
            CREATE VIEW user_emails AS SELECT id, email FROM users;
            COMMENT ON TABLE posts IS 'what users wrote';
            """);
        var plan = MigrationPlanner.Plan(from, to, options: new MigrationPlannerOptions { AllowDestructive = true });
        Assert.All(plan.Steps, s => Assert.True(s.IsEnabled, s.Description));

        await _db.ExecuteAsync("DROP SCHEMA a7 CASCADE; CREATE SCHEMA a7; SET search_path = a7; " + Base.Replace("CREATE TYPE mood", "CREATE TYPE a7.mood", StringComparison.Ordinal).Replace("CREATE TABLE users", "CREATE TABLE a7.users", StringComparison.Ordinal) + "CREATE VIEW a7.user_emails AS SELECT id, email FROM a7.users;");
        await PlanApplier.ApplyAsync(_db.Url, plan);

        Assert.Empty(SchemaDiffer.Compare(to, Only(await Discover.UrlAsync(_db.Url), "a7")).Lines());
    }

    /// <summary>Creates schema <paramref name="schema"/> with <paramref name="sql"/>, discovers it, applies <paramref name="change"/>, discovers again.</summary>
    private async Task<(DatabaseSchema From, DatabaseSchema To)> SchemasAsync(string schema, string sql, string change)
    {
        await _db.ExecuteAsync($"CREATE SCHEMA {schema}; SET search_path = {schema}; {sql}");
        var from = Only(await Discover.UrlAsync(_db.Url), schema);
        await _db.ExecuteAsync($"SET search_path = {schema}; {change}");
        return (from, Only(await Discover.UrlAsync(_db.Url), schema));
    }

    private static DatabaseSchema Only(DatabaseSchema schema, string name) => schema with
    {
        Tables = schema.Tables.Where(t => t.Schema == name).ToEquatableArray(),
        Views = schema.Views.Where(v => v.Schema == name).ToEquatableArray(),
        Enums = schema.Enums.Where(e => e.Schema == name).ToEquatableArray(),
        Sequences = schema.Sequences.Where(s => s.Schema == name).ToEquatableArray(),
        Domains = [],
        Warnings = [],
    };
}
