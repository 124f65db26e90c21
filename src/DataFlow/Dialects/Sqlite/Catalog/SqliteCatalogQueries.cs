namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// The constant catalog statements discovery runs. <see cref="Objects"/> always; <see cref="ViewColumns"/> when
/// there are views; the pragma statements only for the tables whose <c>CREATE TABLE</c> statement could not be
/// read (<see cref="SqliteTableFactsReader"/>), each covering all those tables at once: <c>sqlite_master</c> joined
/// with the table-valued pragma functions. Object names reach the pragmas only through the join (and the
/// <c>$tables</c> JSON array parameter), never through SQL text. Virtual tables are kept out of the pragma joins
/// (their module may not be loaded here, which would fail the whole statement), and so are SQLite's own
/// <c>sqlite_*</c> tables.
/// </summary>
internal static class SqliteCatalogQueries
{
    // The rows of sqlite_master (alias m) that are ordinary tables: not SQLite's own, not virtual.
    private const string OrdinaryTables = "m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND coalesce(m.sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%'";

    // Only the tables named in the JSON array $tables.
    private const string NamedTables = "AND m.name IN (SELECT value FROM json_each($tables))";

    private const string TableColumnsFrom = $"""
        SELECT m.name, c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
        FROM main.sqlite_master AS m
        JOIN pragma_table_xinfo(m.name, 'main') AS c
        WHERE {OrdinaryTables}
        """;

    private const string ForeignKeysFrom = $"""
        SELECT m.name, f.id, f.seq, f."table", f."from", f."to", f.on_update, f.on_delete
        FROM main.sqlite_master AS m
        JOIN pragma_foreign_key_list(m.name, 'main') AS f
        WHERE {OrdinaryTables}
        """;

    private const string IndexColumnsFrom = $"""
        SELECT m.name, i.name, i."unique", i.origin, i.partial, x.seqno, x.cid, x.name, x."desc"
        FROM main.sqlite_master AS m
        JOIN pragma_index_list(m.name, 'main') AS i
        JOIN pragma_index_xinfo(i.name, 'main') AS x
        WHERE {OrdinaryTables}
          AND x.key = 1
        """;

    /// <summary>Every object of the main schema: type, name, owning table and stored SQL (in storage order: the reader sorts).</summary>
    public const string Objects = """
        SELECT m.type, m.name, m.tbl_name, m.sql
        FROM main.sqlite_master AS m
        """;

    /// <summary>The columns of every ordinary table, with hidden (generated) columns.</summary>
    public const string TableColumns = $"{TableColumnsFrom}\nORDER BY m.name, c.cid";

    /// <summary>The columns of the ordinary tables named in <c>$tables</c>.</summary>
    public const string TableColumnsOfNamedTables = $"{TableColumnsFrom}\n  {NamedTables}\nORDER BY m.name, c.cid";

    /// <summary>The columns of every view. Kept apart from tables: a view over a dropped table fails this statement.</summary>
    public const string ViewColumns = """
        SELECT m.name, c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
        FROM main.sqlite_master AS m
        JOIN pragma_table_xinfo(m.name, 'main') AS c
        WHERE m.type = 'view'
        ORDER BY m.name, c.cid
        """;

    /// <summary>The columns of one view (parameter <c>$view</c>); only run, view by view, when <see cref="ViewColumns"/> failed.</summary>
    public const string SingleViewColumns = """
        SELECT $view, c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
        FROM pragma_table_xinfo($view, 'main') AS c
        ORDER BY c.cid
        """;

    /// <summary>Every foreign key column pair of every ordinary table.</summary>
    public const string ForeignKeys = $"{ForeignKeysFrom}\nORDER BY m.name, f.id, f.seq";

    /// <summary>The foreign key column pairs of the ordinary tables named in <c>$tables</c>.</summary>
    public const string ForeignKeysOfNamedTables = $"{ForeignKeysFrom}\n  {NamedTables}\nORDER BY m.name, f.id, f.seq";

    /// <summary>Every key column of every index of every ordinary table, with the index's uniqueness, origin and partial flag.</summary>
    public const string IndexColumns = $"{IndexColumnsFrom}\nORDER BY m.name, i.name, x.seqno";

    /// <summary>The index key columns of the ordinary tables named in <c>$tables</c>.</summary>
    public const string IndexColumnsOfNamedTables = $"{IndexColumnsFrom}\n  {NamedTables}\nORDER BY m.name, i.name, x.seqno";
}
