using DataFlow.Snapshots;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

/// <summary>
/// Discovery reads <c>sqlite_master</c> as UTF-8 bytes through SQLite's statement API: a database that stores its text
/// as UTF-16 (SQLite converts the values to UTF-8 for that read) must be discovered exactly as its UTF-8 twin.
/// </summary>
public sealed class SqliteTextEncodingDiscoveryTests
{
    private const string Schema = """
        CREATE TABLE "Größe ünïcode" ("ключ" INTEGER PRIMARY KEY, "naïve col" TEXT COLLATE NOCASE DEFAULT 'é', [order] VARCHAR(10) NOT NULL UNIQUE,
            `group` NUMERIC(10,2) CHECK ("group" > 0));
        CREATE TABLE t2 (id INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT /* comment é */, b -- line comment
            BLOB, c INT GENERATED ALWAYS AS (id * 2) VIRTUAL, FOREIGN KEY (a) REFERENCES "Größe ünïcode" ("naïve col") ON DELETE CASCADE);
        CREATE TABLE s (x INT, y TEXT, PRIMARY KEY (x, y)) WITHOUT ROWID;
        CREATE TABLE st (x INTEGER, y TEXT) STRICT;
        CREATE INDEX ix_t2 ON t2 (a COLLATE NOCASE DESC, b) WHERE a IS NOT NULL;
        CREATE UNIQUE INDEX "ix ü" ON "Größe ünïcode" ("naïve col");
        CREATE VIEW "vüe" AS SELECT a, b FROM t2;
        CREATE VIRTUAL TABLE ft USING fts5 (body);
        """;

    [Theory]
    [InlineData("UTF-16le")]
    [InlineData("UTF-16be")]
    public async Task A_utf16_database_is_discovered_as_its_utf8_twin(string encoding)
    {
        using var utf8 = new SqliteDatabase();
        using var utf16 = new SqliteDatabase();
        utf8.Execute("PRAGMA encoding = 'UTF-8';" + Schema);
        utf16.Execute($"PRAGMA encoding = '{encoding}';" + Schema);
        Assert.Equal(encoding, utf16.Scalar<string>("PRAGMA encoding"));

        var expected = await utf8.DiscoverAsync();
        var actual = await utf16.DiscoverAsync();

        Assert.Equal(5, expected.Tables.Count + expected.Views.Count);
        Assert.Equal("'é'", expected.Table("Größe ünïcode").Column("naïve col").Default);
        Assert.Equal(SchemaSnapshot.ToJson(expected), SchemaSnapshot.ToJson(actual));
    }
}
