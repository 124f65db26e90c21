namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Reads the <c>CREATE</c> statements SQLite keeps in <c>sqlite_master.sql</c>, for the facts its pragmas do not
/// report. Tolerant by design: it walks tokens, takes what it recognises and skips the rest, so an unusual
/// clause loses detail rather than failing discovery. Expressions are cut out of the SQL verbatim.
/// </summary>
internal static partial class SqliteDdlParser
{
    /// <summary>Parses <c>CREATE TABLE</c>. A table created with <c>AS SELECT</c> gives only its name-less parts.</summary>
    public static SqliteTableDefinition ParseCreateTable(string sql)
    {
        var cursor = new SqliteTokenCursor(sql);
        var definition = new SqliteTableDefinition();
        ReadHeader(cursor, "TABLE");
        if (cursor.TryReadParenthesized() is not { } body)
        {
            return definition;
        }

        foreach (var item in body.SplitAtCommas())
        {
            if (IsTableConstraint(item))
            {
                ReadTableConstraint(item, definition);
            }
            else
            {
                ReadColumn(item, definition);
            }
        }

        while (!cursor.AtEnd)
        {
            if (cursor.TryKeywords("WITHOUT", "ROWID"))
            {
                definition.IsWithoutRowId = true;
            }
            else if (cursor.TryKeywords("STRICT"))
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
    public static SqliteIndexDefinition ParseCreateIndex(string sql)
    {
        var cursor = new SqliteTokenCursor(sql);
        ReadHeader(cursor, "INDEX");
        if (!cursor.TryKeywords("ON"))
        {
            return new SqliteIndexDefinition([], null);
        }

        cursor.ReadName();
        var keys = cursor.TryReadParenthesized()?.SplitAtCommas().Select(ReadIndexKey).ToList() ?? [];
        var predicate = cursor.TryKeywords("WHERE") ? cursor.RemainingText().Trim() : null;
        return new SqliteIndexDefinition(keys, predicate);
    }

    /// <summary>The query of <c>CREATE VIEW name [(columns)] AS query</c>, verbatim; the whole text if there is no AS.</summary>
    public static string ParseViewQuery(string sql)
    {
        var cursor = new SqliteTokenCursor(sql);
        ReadHeader(cursor, "VIEW");
        cursor.TryReadParenthesized();
        return cursor.TryKeywords("AS") ? cursor.RemainingText().Trim() : sql.Trim();
    }

    /// <summary>The module of <c>CREATE VIRTUAL TABLE name USING module(...)</c>, or null.</summary>
    public static string? ParseVirtualTableModule(string sql)
    {
        var cursor = new SqliteTokenCursor(sql);
        ReadHeader(cursor, "TABLE");
        return cursor.TryKeywords("USING") ? cursor.ReadName() : null;
    }

    // CREATE [TEMP] [UNIQUE|VIRTUAL] <keyword> [IF NOT EXISTS] [schema.]name
    private static string? ReadHeader(SqliteTokenCursor cursor, string keyword)
    {
        while (!cursor.AtEnd && !cursor.IsKeyword(keyword))
        {
            cursor.Next();
        }

        cursor.Next();
        cursor.TryKeywords("IF", "NOT", "EXISTS");
        return cursor.ReadName();
    }

    private static SqliteIndexKeyDefinition ReadIndexKey(SqliteTokenCursor part)
    {
        var tokens = part.RemainingTokens().ToList();
        var drop = 0;
        var descending = false;
        if (tokens.Count > 1 && (tokens[^1].IsKeyword("ASC") || tokens[^1].IsKeyword("DESC")))
        {
            descending = tokens[^1].IsKeyword("DESC");
            drop = 1;
        }

        string? collation = null;
        if (tokens.Count - drop > 2 && tokens[^(drop + 2)].IsKeyword("COLLATE") && tokens[^(drop + 1)].IsName)
        {
            collation = tokens[^(drop + 1)].Value;
            drop += 2;
        }

        return new SqliteIndexKeyDefinition(part.RemainingText(drop), collation, descending);
    }
}
