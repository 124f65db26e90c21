using DataFlow.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteDdlParserTests
{
    [Fact]
    public void Tokenizer_unquotes_every_identifier_style_and_skips_comments()
    {
        var tokens = SqliteTokenizer.Tokenize(""""
            "a ""b""" [c d] `e``f` 'g''h' X'0A' 1.5e-3 -- comment
            /* block */ plain$1 ünï
            """");

        Assert.Equal(["a \"b\"", "c d", "e`f", "g'h", "X'0A'", "1.5e-3", "plain$1", "ünï"], tokens.Select(t => t.Value));
        Assert.Equal(
            [SqliteTokenKind.QuotedIdentifier, SqliteTokenKind.QuotedIdentifier, SqliteTokenKind.QuotedIdentifier, SqliteTokenKind.String,
             SqliteTokenKind.Blob, SqliteTokenKind.Number, SqliteTokenKind.Word, SqliteTokenKind.Word],
            tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Create_table_header_variants_are_understood()
    {
        var definition = SqliteDdlParser.ParseCreateTable("CREATE TEMP TABLE IF NOT EXISTS main.\"t\" (a INTEGER CONSTRAINT pk PRIMARY KEY AUTOINCREMENT) WITHOUT ROWID, STRICT");

        Assert.Equal("pk", definition.PrimaryKeyName);
        Assert.True(definition.FindColumn("A")!.Value.IsAutoIncrement);
        Assert.True(definition.IsStrict);
        Assert.True(definition.IsWithoutRowId);
    }

    [Fact]
    public void Unterminated_text_does_not_throw()
    {
        var definition = SqliteDdlParser.ParseCreateTable("CREATE TABLE t (a TEXT DEFAULT 'open, b CHECK (");

        Assert.Equal("a", Assert.Single(definition.Columns).Name);
    }

    [Theory]
    [InlineData("chinook")]
    [InlineData("northwind")]
    [InlineData("sakila")]
    [InlineData("synapse")]
    public void Every_prefix_of_every_fixture_statement_parses_without_throwing(string fixture)
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fixture, "sqlite", "schema.sql")));
        var statements = new List<string>();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.FilePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index', 'view')";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                statements.Add(reader.GetString(0));
            }
        }

        var parsed = 0;
        var facts = SqliteTableFactsReader.TryRead(SqliteTokenizer.Tokenize("CREATE TABLE t (a INT, b TEXT)"), "t")!;
        foreach (var sql in statements)
        {
            for (var length = 0; length <= sql.Length; length += Math.Max(1, sql.Length / 40))
            {
                var prefix = sql[..length];
                var tokens = SqliteTokenizer.Tokenize(prefix);
                _ = SqliteDdlParser.ParseCreateTable(prefix);
                _ = SqliteDdlParser.ParseCreateIndex(prefix);
                _ = SqliteDdlParser.ParseViewQuery(prefix);
                _ = SqliteDdlParser.ParseVirtualTableModule(prefix);
                _ = SqliteTableFactsReader.TryRead(tokens, "t");
                _ = SqliteIndexFactsReader.TryRead(tokens, "i", facts);
                parsed++;
            }
        }

        Assert.True(parsed > statements.Count, $"parsed {parsed} prefixes of {statements.Count} statements");
    }
}
