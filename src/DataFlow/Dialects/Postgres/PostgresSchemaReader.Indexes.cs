using DataFlow.Schema;

namespace DataFlow.Dialects.Postgres;

internal sealed partial class PostgresSchemaReader
{
    // pg_index.indoption bits.
    private const short IndexOptionDescending = 1;
    private const short IndexOptionNullsFirst = 2;

    private EquatableArray<TableIndex> BuildIndexes(uint relationOid) =>
        PostgresCatalog.RowsOf(_catalog.IndexesByRelation, relationOid).Select(BuildIndex).ToEquatableArray();

    private static TableIndex BuildIndex(PostgresCatalog.IndexRow row)
    {
        var keys = new IndexKey[row.KeyCount];
        for (var i = 0; i < row.KeyCount; i++)
        {
            keys[i] = BuildKey(row, i);
        }

        return new TableIndex
        {
            Name = row.Name,
            Keys = keys,
            IsUnique = row.IsUnique,
            Method = row.Method,
            Predicate = row.Predicate,
            IncludedColumns = row.Columns.Skip(row.KeyCount).Select(c => c ?? string.Empty).ToEquatableArray(),
            NullsNotDistinct = row.NullsNotDistinct,
        };
    }

    private static IndexKey BuildKey(PostgresCatalog.IndexRow row, int position)
    {
        var options = position < row.Options.Length ? row.Options[position] : (short)0;
        var descending = (options & IndexOptionDescending) != 0;
        var nullsFirst = (options & IndexOptionNullsFirst) != 0;
        return new IndexKey
        {
            Column = row.Expressions[position] is null ? row.Columns[position] : null,
            Expression = row.Expressions[position],
            IsDescending = descending,

            // NULLS FIRST is the default for DESC and NULLS LAST for ASC; only a departure is recorded.
            NullsFirst = nullsFirst == descending ? null : nullsFirst,
            Collation = position < row.Collations.Length ? row.Collations[position] : null,
            OperatorClass = position < row.OperatorClasses.Length ? row.OperatorClasses[position] : null,
        };
    }
}
