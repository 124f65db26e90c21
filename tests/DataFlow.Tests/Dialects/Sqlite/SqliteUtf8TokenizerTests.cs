using System.Text;
using DataFlow.Dialects.Sqlite;

namespace DataFlow.Tests.Dialects.Sqlite;

/// <summary>
/// Discovery tokenizes each CREATE TABLE statement from the UTF-8 bytes SQLite stores, decoded into the token list's
/// reused buffer, instead of from a string: the tokens must be those of the decoded string, whatever came before.
/// </summary>
public sealed class SqliteUtf8TokenizerTests
{
    public static TheoryData<byte[]> Statements() => new(
        Encoding.UTF8.GetBytes("""CREATE TABLE "Größe" ("ключ" INTEGER PRIMARY KEY, [naïve col] TEXT COLLATE NOCASE DEFAULT 'é''s', `x``y` INT)"""),
        Encoding.UTF8.GetBytes("CREATE TABLE t (a INT -- comment ü\n, b\u00A0INT /* block é */, c BLOB DEFAULT X'0A', d REAL DEFAULT -1.5e-3)"),
        Encoding.UTF8.GetBytes("CREATE TABLE t (a TEXT DEFAULT 'open, b CHECK ((a"),
        Encoding.UTF8.GetBytes("CREATE TABLE \"we\"\"ird\" (\"a\"\"b\" int, [c d] text default (datetime('now')), e emoji😀 DEFAULT '😀')"),
        [.. "CREATE TABLE t (a"u8.ToArray(), 0xFF, 0xC3, .. " INT, b TEXT DEFAULT '"u8.ToArray(), 0xE2, 0x82, .. "')"u8.ToArray()],
        []);

    [Theory]
    [MemberData(nameof(Statements))]
    public void Tokens_of_the_utf8_bytes_are_the_tokens_of_the_decoded_text(byte[] utf8)
    {
        var expected = SqliteTokenizer.Tokenize(Encoding.UTF8.GetString(utf8));
        var reused = new SqliteTokenList(new SqliteStringPool());
        SqliteTokenizer.Tokenize("CREATE TABLE previous (" + string.Join(", ", Enumerable.Range(0, 400).Select(i => $"column_{i} TEXT")) + ")", reused);

        var actual = SqliteTokenizer.Tokenize(utf8, reused);

        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(expected.Sql.ToString(), actual.Sql.ToString());
        Assert.Equal(expected.HasForeignWhitespace, actual.HasForeignWhitespace);
    }

    [Fact]
    public void A_statement_longer_than_the_buffer_grows_it_and_a_shorter_one_reuses_it()
    {
        var tokens = new SqliteTokenList();
        var longSql = "CREATE TABLE t (" + string.Join(", ", Enumerable.Range(0, 2000).Select(i => $"\"column {i}\" TEXT")) + ")";

        SqliteTokenizer.Tokenize(Encoding.UTF8.GetBytes(longSql), tokens);
        Assert.Equal(longSql, tokens.Sql.ToString());
        Assert.Equal("column 1999", tokens[tokens.Count - 3].Value);

        SqliteTokenizer.Tokenize("CREATE TABLE u (a)"u8, tokens);
        Assert.Equal(["CREATE", "TABLE", "u", "(", "a", ")"], tokens.Select(t => t.Value));
        Assert.Equal(4, tokens.ClosingOf(3) - 1);
    }

    // Each token as kind, position, value and keyword, with the token its parenthesis pairs with.
    private static List<string> Describe(SqliteTokenList tokens) =>
        tokens.Select((t, i) => $"{t.Kind} {t.Start}+{t.Length} [{t.Value}] {t.Keyword} {t.IsUnterminated} {(t.IsPunctuation('(') ? tokens.ClosingOf(i) : -1)}").ToList();
}
