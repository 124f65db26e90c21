using System.Runtime.CompilerServices;
using static DataFlow.Dialects.Sqlite.SqliteKeyword;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Reads the <c>CREATE</c> statements SQLite keeps in <c>sqlite_master.sql</c>, for the facts its pragmas do not
/// report. Tolerant by design: it walks tokens, takes what it recognises and skips the rest, so an unusual
/// clause loses detail rather than failing discovery. Expressions are cut out of the SQL verbatim.
/// Each method also takes an already tokenized statement, so that one tokenization serves every reader.
/// </summary>
internal static partial class SqliteDdlParser
{
    /// <summary>Parses <c>CREATE TABLE</c>. A table created with <c>AS SELECT</c> gives only its name-less parts.</summary>
    public static SqliteTableDefinition ParseCreateTable(string sql) => ParseCreateTable(SqliteTokenizer.Tokenize(sql));

    /// <summary>Parses the tokens of a <c>CREATE TABLE</c> statement.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SqliteTableDefinition ParseCreateTable(SqliteTokenList tokens)
    {
        var cursor = new SqliteTokenCursor(tokens);
        var definition = new SqliteTableDefinition();
        ReadHeader(ref cursor, Table);
        if (!cursor.TryReadParenthesized(out var body))
        {
            return definition;
        }

        var items = body.SplitAtCommas();
        definition.Columns.Capacity = items.Count();
        while (items.TryNext(out var item))
        {
            if (IsTableConstraint(item))
            {
                ReadTableConstraint(ref item, definition);
            }
            else
            {
                ReadColumn(ref item, definition);
            }
        }

        while (!cursor.AtEnd)
        {
            if (cursor.TryKeywords(Without, Rowid))
            {
                definition.IsWithoutRowId = true;
            }
            else if (cursor.TryKeywords(Strict))
            {
                definition.IsStrict = true;
            }
            else
            {
                cursor.Skip();
            }
        }

        return definition;
    }

    /// <summary>Parses <c>CREATE [UNIQUE] INDEX name ON table (keys) [WHERE predicate]</c>.</summary>
    public static SqliteIndexDefinition ParseCreateIndex(string sql) => ParseCreateIndex(SqliteTokenizer.Tokenize(sql));

    /// <summary>Parses the tokens of a <c>CREATE INDEX</c> statement.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SqliteIndexDefinition ParseCreateIndex(SqliteTokenList tokens)
    {
        var cursor = new SqliteTokenCursor(tokens);
        ReadHeader(ref cursor, SqliteKeyword.Index);
        if (!cursor.TryKeywords(On))
        {
            return new SqliteIndexDefinition([], null);
        }

        cursor.SkipName(out _);
        var keys = new List<SqliteIndexKeyDefinition>();
        if (cursor.TryReadParenthesized(out var list))
        {
            var parts = list.SplitAtCommas();
            while (parts.TryNext(out var part))
            {
                keys.Add(ReadIndexKey(part));
            }
        }

        var predicate = cursor.TryKeywords(Where) ? cursor.RemainingText().Trim() : null;
        return new SqliteIndexDefinition(keys, predicate);
    }

    /// <summary>The query of <c>CREATE VIEW name [(columns)] AS query</c>, verbatim; the whole text if there is no AS.</summary>
    public static string ParseViewQuery(string sql)
    {
        var cursor = new SqliteTokenCursor(SqliteTokenizer.Tokenize(sql));
        ReadHeader(ref cursor, View);
        cursor.TryReadParenthesized(out _);
        return cursor.TryKeywords(As) ? cursor.RemainingText().Trim() : sql.Trim();
    }

    /// <summary>The module of <c>CREATE VIRTUAL TABLE name USING module(...)</c>, or null.</summary>
    public static string? ParseVirtualTableModule(string sql)
    {
        var cursor = new SqliteTokenCursor(SqliteTokenizer.Tokenize(sql));
        ReadHeader(ref cursor, Table);
        return cursor.TryKeywords(Using) ? cursor.ReadName() : null;
    }

    // CREATE [TEMP] [UNIQUE|VIRTUAL] <keyword> [IF NOT EXISTS] [schema.]name
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadHeader(ref SqliteTokenCursor cursor, SqliteKeyword keyword)
    {
        while (!cursor.AtEnd && !cursor.IsKeyword(keyword))
        {
            cursor.TryNext();
        }

        cursor.TryNext();
        cursor.TryKeywords(If, Not, Exists);
        cursor.SkipName(out _);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SqliteIndexKeyDefinition ReadIndexKey(SqliteTokenCursor part)
    {
        var count = part.Remaining;
        var drop = 0;
        var descending = false;
        if (count > 1 && (part.FromEnd(0).Is(Asc) || part.FromEnd(0).Is(Desc)))
        {
            descending = part.FromEnd(0).Is(Desc);
            drop = 1;
        }

        string? collation = null;
        if (count - drop > 2 && part.FromEnd(drop + 1).Is(Collate) && part.FromEnd(drop).IsName)
        {
            collation = part.ValueOf(part.FromEnd(drop));
            drop += 2;
        }

        return new SqliteIndexKeyDefinition(part.RemainingText(drop), collation, descending);
    }
}
