using System.Runtime.InteropServices;
using DataFlow.Schema;

namespace DataFlow.Dialects.Postgres;

internal sealed partial class PostgresSchemaReader
{
    // pg_index.indoption bits.
    private const short IndexOptionDescending = 1;
    private const short IndexOptionNullsFirst = 2;

    private EquatableArray<TableIndex> BuildIndexes(uint relationOid)
    {
        var rows = PostgresCatalog.RowsOf(_catalog.IndexesByRelation, relationOid);
        var indexes = new TableIndex[rows.Count];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = BuildIndex(rows[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(indexes);
    }

    private TableIndex BuildIndex(PostgresCatalog.IndexRow row)
    {
        var keys = new IndexKey[row.KeyCount];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = BuildKey(row, i);
        }

        var included = new string[Math.Max(row.Keys.Length - row.KeyCount, 0)];
        for (var i = 0; i < included.Length; i++)
        {
            included[i] = _catalog.FindColumn(row.RelationOid, row.Keys[row.KeyCount + i])?.Name ?? string.Empty;
        }

        return new TableIndex
        {
            Name = row.Name,
            Keys = ImmutableCollectionsMarshal.AsImmutableArray(keys),
            IsUnique = row.IsUnique,
            Method = row.Method,
            Predicate = row.Predicate,
            IncludedColumns = ImmutableCollectionsMarshal.AsImmutableArray(included),
            NullsNotDistinct = row.NullsNotDistinct,
        };
    }

    private IndexKey BuildKey(PostgresCatalog.IndexRow row, int position)
    {
        var options = position < row.Options.Length ? row.Options[position] : (short)0;
        var descending = (options & IndexOptionDescending) != 0;
        var nullsFirst = (options & IndexOptionNullsFirst) != 0;
        var column = row.Keys[position] == 0 ? null : _catalog.FindColumn(row.RelationOid, row.Keys[position]);
        var expression = row.Keys[position] == 0 ? row.Expressions?[position] : null;
        return new IndexKey
        {
            Column = expression is null ? column?.Name : null,
            Expression = expression,
            IsDescending = descending,

            // NULLS FIRST is the default for DESC and NULLS LAST for ASC; only a departure is recorded.
            NullsFirst = nullsFirst == descending ? null : nullsFirst,
            Collation = KeyCollation(row, position, column),
            OperatorClass = position < row.OperatorClassOids.Length ? _catalog.OperatorClassNames.GetValueOrDefault(row.OperatorClassOids[position]) : null,
        };
    }

    /// <summary>A key's collation when it is not the one the key would have anyway: its column's, or its expression type's.</summary>
    private string? KeyCollation(PostgresCatalog.IndexRow row, int position, PostgresCatalog.ColumnRow? column)
    {
        var collation = position < row.CollationOids.Length ? row.CollationOids[position] : 0;
        if (collation == 0)
        {
            return null;
        }

        var implied = column is { } keyColumn ? keyColumn.CollationOid : row.KeyTypeCollations?[position] ?? 0;
        return collation == implied ? null : _catalog.CollationNames.GetValueOrDefault(collation);
    }
}
