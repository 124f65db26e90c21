using DataFlow.Diff;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Diff;

/// <summary>Discover a SQLite file, change it with SQL, rediscover, diff: exactly the expected changes.</summary>
public class SqliteDiffTests
{
    private const string Schema = """
        CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, CHECK (length(email) > 3));
        CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL CHECK (total >= 0));
        CREATE INDEX ix_orders_user ON orders(user_id);
        """;

    [Fact]
    public async Task Adding_a_column_dropping_an_index_and_creating_a_table_are_exactly_the_changes_found()
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(Schema);
        var before = await Discover.UrlAsync(Discover.SqliteUrl(db.FilePath));

        db.ExecuteScript("ALTER TABLE users ADD COLUMN age INTEGER; DROP INDEX ix_orders_user; CREATE TABLE tags (label TEXT NOT NULL);");
        var after = await Discover.UrlAsync(Discover.SqliteUrl(db.FilePath));

        Assert.Equal(
            ["Table Added tags", "Column Added users.age", "Index Removed orders.ix_orders_user"],
            SchemaDiffer.Compare(before, after).Lines());
    }

    [Fact]
    public async Task Unnamed_sqlite_constraints_of_a_rebuilt_table_match_by_content()
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(Schema);
        var before = await Discover.UrlAsync(Discover.SqliteUrl(db.FilePath));

        db.ExecuteScript("""
            CREATE TABLE orders_new (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL CHECK (total >= 0), note TEXT);
            DROP TABLE orders; ALTER TABLE orders_new RENAME TO orders; CREATE INDEX ix_orders_user ON orders(user_id);
            """);
        var after = await Discover.UrlAsync(Discover.SqliteUrl(db.FilePath));

        Assert.Equal(["Column Added orders.note"], SchemaDiffer.Compare(before, after).Lines());
    }

    [Theory]
    [InlineData("chinook")]
    [InlineData("sakila")]
    public async Task A_fixture_compared_with_a_fresh_discovery_of_itself_has_no_changes(string fixture)
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fixture, "sqlite", "schema.sql")));

        var first = await Discover.UrlAsync(Discover.SqliteUrl(db.FilePath));
        var second = await Discover.UrlAsync(Discover.SqliteUrl(db.FilePath));

        Assert.NotEmpty(first.Tables);
        Assert.Empty(SchemaDiffer.Compare(first, second).Changes);
    }
}
