using DataFlow.Dialects.Postgres;
using DataFlow.Dialects.Sqlite;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Scripts;

namespace DataFlow.Tests.Migrations;

/// <summary>Checksums, the no-transaction directive and statement splitting, without a database.</summary>
public sealed class MigrationScriptTests
{
    [Fact]
    public void Checksum_ignores_line_endings_trailing_whitespace_trailing_blank_lines_and_a_bom()
    {
        var plain = MigrationChecksum.Of("CREATE TABLE a (id int);\n  -- note\nSELECT 1;\n");

        Assert.Equal(plain, MigrationChecksum.Of("\uFEFFCREATE TABLE a (id int);  \r\n  -- note\t\r\nSELECT 1;\r\n\r\n   \r\n"));
        Assert.Equal(plain, MigrationChecksum.Of("CREATE TABLE a (id int);\r  -- note\rSELECT 1;"));
        Assert.NotEqual(plain, MigrationChecksum.Of("create table a (id int);\n  -- note\nSELECT 1;\n"));
        Assert.NotEqual(plain, MigrationChecksum.Of("CREATE TABLE a (id int);\n-- note\nSELECT 1;\n"));
        Assert.Matches("^[0-9a-f]{64}$", plain);
    }

    [Theory]
    [InlineData("-- dataflow:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (c);", true)]
    [InlineData("-- Adds an index\n\n  -- dataflow:no-transaction  \r\nCREATE INDEX CONCURRENTLY i ON t (c);", true)]
    [InlineData("CREATE TABLE t (id int);\n-- dataflow:no-transaction\n", false)]
    [InlineData("-- dataflow:no-transactions\nSELECT 1;", false)]
    [InlineData("SELECT 1;", false)]
    public void The_no_transaction_directive_counts_only_in_the_header(string sql, bool expected) =>
        Assert.Equal(expected, MigrationScriptLoader.HasNoTransactionDirective(sql));

    [Fact]
    public void Postgres_statements_split_at_semicolons_outside_strings_comments_and_dollar_quotes()
    {
        const string Script = """
            -- header; with a semicolon
            CREATE INDEX CONCURRENTLY i ON t (c);
            INSERT INTO t (s) VALUES ('a;b', E'it\'s;', "x;y");
            /* block; /* nested; */ still; */
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;
            DO $$ BEGIN PERFORM 1; END $$
            """;

        var statements = PostgresScriptSplitter.Split(Script);

        Assert.Equal(4, statements.Count);
        Assert.EndsWith("CREATE INDEX CONCURRENTLY i ON t (c)", statements[0], StringComparison.Ordinal);
        Assert.EndsWith("""VALUES ('a;b', E'it\'s;', "x;y")""", statements[1], StringComparison.Ordinal);
        Assert.EndsWith("AS $body$ SELECT 1; $body$", statements[2], StringComparison.Ordinal);
        Assert.Equal("DO $$ BEGIN PERFORM 1; END $$", statements[3]);
    }

    [Fact]
    public void Sqlite_statements_split_where_sqlite_says_a_statement_is_complete()
    {
        SqliteEngine.EnsureInitialized();
        const string Script = """
            -- header
            CREATE TABLE t (s TEXT);
            INSERT INTO t VALUES ('a;b');
            CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET s = s || ';'; DELETE FROM t WHERE s = ''; END;
            -- trailing comment
            """;

        var statements = new SqliteMigrationDialect().Commands(Script, transactional: false);

        Assert.Equal(3, statements.Count);
        Assert.EndsWith("CREATE TABLE t (s TEXT);", statements[0], StringComparison.Ordinal);
        Assert.Equal("INSERT INTO t VALUES ('a;b');", statements[1]);
        Assert.StartsWith("CREATE TRIGGER tr", statements[2], StringComparison.Ordinal);
        Assert.EndsWith("END;", statements[2], StringComparison.Ordinal);
        Assert.Equal([Script], new SqliteMigrationDialect().Commands(Script, transactional: true));
    }

    [Fact]
    public async Task Files_load_in_numeric_order_and_a_duplicate_version_is_refused()
    {
        using var folder = new Cli.TempFolder();
        File.WriteAllText(folder.File("10_c.sql"), "SELECT 3;");
        File.WriteAllText(folder.File("9_b.sql"), "SELECT 2;");
        File.WriteAllText(folder.File("001_a_b.sql"), "SELECT 1;");
        File.WriteAllText(folder.File("notes.sql"), "-- not a migration");

        var loaded = await MigrationScriptLoader.LoadAsync(folder.Path);
        File.WriteAllText(folder.File("09_again.sql"), "SELECT 2;");
        var duplicate = await Assert.ThrowsAsync<DataFlowConfigurationException>(() => MigrationScriptLoader.LoadAsync(folder.Path));
        var missing = await Assert.ThrowsAsync<DataFlowConfigurationException>(() => MigrationScriptLoader.LoadAsync(folder.File("nope")));

        Assert.Equal(["001_a_b.sql", "9_b.sql", "10_c.sql"], loaded.Scripts.Select(s => s.FileName));
        Assert.Equal("a_b", loaded.Scripts[0].Name);
        Assert.Equal(["notes.sql"], loaded.Ignored);
        Assert.Equal(ErrorCodes.DuplicateMigrationVersion, duplicate.Code);
        Assert.Equal(ErrorCodes.MigrationsFolderNotFound, missing.Code);
    }
}
