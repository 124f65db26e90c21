using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteSchemaBuilder
{
    // Indexes created with CREATE INDEX (origin 'c'). pragma_index_xinfo gives the key columns, direction and
    // uniqueness; the CREATE INDEX text gives expression keys, explicit collations and the partial predicate.
    private EquatableArray<TableIndex> BuildIndexes(List<IGrouping<string, SqliteIndexColumnRow>> indexes)
    {
        var result = new List<TableIndex>();
        foreach (var index in indexes.Where(i => i.First().Origin == "c"))
        {
            var rows = index.OrderBy(k => k.SeqNo).ToList();
            var sql = _indexSql.GetValueOrDefault(index.Key);
            var definition = sql is null ? new SqliteIndexDefinition([], null) : SqliteDdlParser.ParseCreateIndex(sql);
            var keys = rows.Select((row, i) => BuildIndexKey(row, i < definition.Keys.Count ? definition.Keys[i] : null)).ToEquatableArray();
            result.Add(new TableIndex
            {
                Name = index.Key,
                Keys = keys,
                IsUnique = rows[0].IsUnique,
                Predicate = rows[0].IsPartial ? definition.Predicate : null,
            });
        }

        return result.ToEquatableArray();
    }

    // A key on a column names the column; anything else (cid -2 expression, cid -1 rowid) keeps the key's text.
    private static IndexKey BuildIndexKey(SqliteIndexColumnRow row, SqliteIndexKeyDefinition? declared)
    {
        var collation = NonDefaultCollation(declared?.Collation);
        if (row.Cid >= 0 && row.ColumnName is not null)
        {
            return new IndexKey { Column = row.ColumnName, IsDescending = row.IsDescending, Collation = collation };
        }

        return new IndexKey { Expression = declared?.Text ?? row.ColumnName ?? "rowid", IsDescending = row.IsDescending, Collation = collation };
    }
}
