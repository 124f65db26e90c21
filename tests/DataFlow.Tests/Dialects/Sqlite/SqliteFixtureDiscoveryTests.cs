using System.Text.RegularExpressions;
using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Dialects.Sqlite;

/// <summary>
/// Every SQLite fixture loads and is discovered completely: each count equals what the catalogs say when asked
/// here with plain SQL of the test's own (<c>pragma_table_list</c> rather than the reader's <c>sqlite_master</c> joins).
/// </summary>
public sealed partial class SqliteFixtureDiscoveryTests
{
    private const string OrdinaryTables = "FROM pragma_table_list AS t WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    public static TheoryData<string, long> Fixtures => new()
    {
        { "chinook", 15607 },
        { "northwind", 3310 },
        { "sakila", 0 },
        { "synapse", 7 }, // schema.sql itself inserts 7 singleton rows (stream positions)
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_is_discovered_with_the_counts_the_catalogs_report(string fixture, long expectedRows)
    {
        using var db = new SqliteDatabase();
        SqliteFixture.Load(db, fixture);

        var schema = await db.DiscoverAsync();

        Assert.Equal(expectedRows, CountRows(db));
        Assert.Equal(db.Scalar<long>("SELECT count(*) " + OrdinaryTables), schema.Tables.Count);
        Assert.Equal(db.Scalar<long>("SELECT count(*) " + OrdinaryTables.Replace("FROM pragma_table_list AS t", "FROM pragma_table_list AS t JOIN pragma_table_xinfo(t.name) AS c", StringComparison.Ordinal)),
            schema.Tables.Sum(t => t.Columns.Count));
        Assert.Equal(db.Scalar<long>("SELECT count(*) FROM (SELECT DISTINCT t.name, f.id " + OrdinaryTables.Replace("AS t WHERE", "AS t JOIN pragma_foreign_key_list(t.name) AS f WHERE", StringComparison.Ordinal) + ")"),
            schema.Tables.Sum(t => t.ForeignKeys.Count));
        Assert.Equal(db.Scalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"), schema.Tables.Sum(t => t.Indexes.Count));
        Assert.Equal(db.Scalar<long>("SELECT count(*) " + OrdinaryTables.Replace("AS t WHERE", "AS t JOIN pragma_index_list(t.name) AS i WHERE i.origin = 'u' AND", StringComparison.Ordinal)),
            schema.Tables.Sum(t => t.UniqueConstraints.Count));
        Assert.Equal(db.Scalar<long>("SELECT count(DISTINCT t.name) " + OrdinaryTables.Replace("AS t WHERE", "AS t JOIN pragma_table_xinfo(t.name) AS c WHERE c.pk > 0 AND", StringComparison.Ordinal)),
            schema.Tables.Count(t => t.PrimaryKey is not null));
        Assert.Equal(CountCheckClauses(db), schema.Tables.Sum(t => t.CheckConstraints.Count));
        Assert.Equal(db.Scalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'view'"), schema.Views.Count);
        Assert.Equal(db.Scalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"), schema.Warnings.Count(w => w.ObjectKind == "trigger"));
        Assert.Equal(db.Scalar<long>("SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual'"), schema.Warnings.Count(w => w.ObjectKind == "virtual table"));
        Assert.Equal(db.Scalar<long>("SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow'"), schema.Warnings.Count(w => w.ObjectKind == "shadow table"));
        Assert.All(schema.Views, v => Assert.NotEmpty(v.Columns));
        Assert.All(schema.Tables.SelectMany(t => t.ForeignKeys), f => Assert.Equal(f.Columns.Count, f.PrincipalColumns.Count));
    }

    // CHECK constraints are in no pragma: count "CHECK (" in the stored table definitions, outside comments.
    private static long CountCheckClauses(SqliteDatabase db)
    {
        using var connection = new SqliteConnection($"Data Source={db.FilePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'";
        using var reader = command.ExecuteReader();
        long count = 0;
        while (reader.Read())
        {
            var withoutComments = CommentPattern().Replace(reader.GetString(0), " ");
            count += CheckPattern().Count(withoutComments);
        }

        return count;
    }

    private static long CountRows(SqliteDatabase db)
    {
        using var connection = new SqliteConnection($"Data Source={db.FilePath};Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name " + OrdinaryTables;
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        long rows = 0;
        foreach (var table in tables)
        {
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM \"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            rows += (long)count.ExecuteScalar()!;
        }

        return rows;
    }

    [GeneratedRegex(@"--[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"\bCHECK\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex CheckPattern();
}
