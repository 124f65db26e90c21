using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteSchemaBuilder
{
    // For an index whose statement was not kept: its rows say everything (see SqliteCatalogReader.ReadDefinitions).
    private static readonly SqliteIndexDefinition NoIndexDefinition = new([], null);

    // Indexes created with CREATE INDEX (origin 'c'). The index rows give the key columns, direction and
    // uniqueness; the parsed CREATE INDEX gives expression keys, explicit collations and the partial predicate.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EquatableArray<TableIndex> BuildIndexes(List<SqliteIndexGroup> indexes)
    {
        var count = 0;
        foreach (var index in indexes)
        {
            count += index.Origin == "c" ? 1 : 0;
        }

        if (count == 0)
        {
            return EquatableArray<TableIndex>.Empty;
        }

        var result = new TableIndex[count];
        count = 0;
        foreach (var index in indexes)
        {
            if (index.Origin != "c")
            {
                continue;
            }

            var definition = _catalog.IndexDefinitions.GetValueOrDefault(index.Name) ?? NoIndexDefinition;
            var keys = new IndexKey[index.Count];
            for (var i = 0; i < index.Count; i++)
            {
                keys[i] = BuildIndexKey(index[i], i < definition.Keys.Count ? definition.Keys[i] : null);
            }

            result[count++] = new TableIndex
            {
                Name = index.Name,
                Keys = ImmutableCollectionsMarshal.AsImmutableArray(keys),
                IsUnique = index[0].IsUnique,
                Predicate = index[0].IsPartial ? definition.Predicate : null,
            };
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    // A key on a column names the column; anything else (cid -2 expression, cid -1 rowid) keeps the key's text.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
