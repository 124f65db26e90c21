namespace DataFlow.Dialects.Sqlite;

/// <summary>A key column of an index: a row of <c>pragma_index_list</c> joined with <c>pragma_index_xinfo</c>.</summary>
/// <param name="IndexName">The index name.</param>
/// <param name="IsUnique">True for a unique index.</param>
/// <param name="Origin"><c>c</c> (CREATE INDEX), <c>u</c> (UNIQUE constraint) or <c>pk</c> (PRIMARY KEY).</param>
/// <param name="IsPartial">True for an index with a WHERE clause.</param>
/// <param name="SeqNo">The key's position.</param>
/// <param name="Cid">The column's position, -1 for the rowid, -2 for an expression.</param>
/// <param name="ColumnName">The column name, or null for an expression or the rowid.</param>
/// <param name="IsDescending">True for DESC.</param>
internal readonly record struct SqliteIndexColumnRow(
    string IndexName, bool IsUnique, string Origin, bool IsPartial, int SeqNo, int Cid, string? ColumnName, bool IsDescending);
