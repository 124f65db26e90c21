using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteSchemaBuilder
{
    // pragma_table_xinfo.hidden: 2 = generated VIRTUAL, 3 = generated STORED.
    private const int HiddenVirtual = 2;
    private const int HiddenStored = 3;

    private EquatableArray<Column> BuildColumns(SqliteObjectRow table, SqliteTableDefinition definition, List<IGrouping<string, SqliteIndexColumnRow>> indexes)
    {
        var rows = SqliteCatalog.Get(_catalog.Columns, table.Name);
        var rowIdAlias = FindRowIdAlias(rows, definition, indexes);
        var columns = new List<Column>(rows.Count);
        foreach (var row in rows)
        {
            var parsed = definition.FindColumn(row.Name);
            var isAlias = ReferenceEquals(row, rowIdAlias);
            var generated = row.Hidden switch
            {
                HiddenVirtual => GeneratedKind.Virtual,
                HiddenStored => GeneratedKind.Stored,
                _ => GeneratedKind.None,
            };
            var column = new Column
            {
                Name = row.Name,
                Ordinal = row.Cid + 1,
                RawType = row.Type,
                Type = SqliteTypeMapper.Map(row.Type),
                IsNullable = !row.NotNull && !isAlias,
                Default = row.Default,
                Identity = !isAlias ? IdentityKind.None : parsed?.IsAutoIncrement == true ? IdentityKind.AutoIncrement : IdentityKind.RowIdAlias,
                Generated = generated,
                GeneratedExpression = generated == GeneratedKind.None ? null : parsed?.GeneratedExpression,
                Collation = NonDefaultCollation(parsed?.Collation),
            };
            if (column.Type.Kind == LogicalTypeKind.Unknown)
            {
                WarnUnknownType(table.Name, column);
            }

            columns.Add(column);
        }

        return columns.ToEquatableArray();
    }

    private PrimaryKey? BuildPrimaryKey(SqliteObjectRow table, SqliteTableDefinition definition)
    {
        var columns = PrimaryKeyColumns(table.Name);
        return columns.Count == 0 ? null : new PrimaryKey { Name = definition.PrimaryKeyName, Columns = columns.ToEquatableArray() };
    }

    /// <summary>The primary key columns of a table in key order, from <c>pragma_table_xinfo.pk</c>.</summary>
    private List<string> PrimaryKeyColumns(string table) =>
        SqliteCatalog.Get(_catalog.Columns, table).Where(c => c.PrimaryKeyPosition > 0).OrderBy(c => c.PrimaryKeyPosition).Select(c => c.Name).ToList();

    // A rowid table's single-column primary key declared exactly INTEGER is an alias of the rowid, with two
    // exceptions (WITHOUT ROWID; the "INTEGER PRIMARY KEY DESC" column constraint). In every case that is not an
    // alias SQLite builds an automatic index of origin 'pk', so its absence is the catalog's own answer.
    private static SqliteColumnRow? FindRowIdAlias(IReadOnlyList<SqliteColumnRow> rows, SqliteTableDefinition definition, List<IGrouping<string, SqliteIndexColumnRow>> indexes)
    {
        var key = rows.Where(c => c.PrimaryKeyPosition > 0).ToList();
        var hasKeyIndex = indexes.Any(i => i.First().Origin == "pk");
        return !definition.IsWithoutRowId && key.Count == 1 && !hasKeyIndex && string.Equals(key[0].Type, "INTEGER", StringComparison.OrdinalIgnoreCase)
            ? key[0]
            : null;
    }

    private static string? NonDefaultCollation(string? collation) =>
        collation is null || collation.Equals("BINARY", StringComparison.OrdinalIgnoreCase) ? null : collation;

    private void WarnUnknownType(string table, Column column) => _warnings.Add(new SchemaWarning
    {
        Code = ErrorCodes.UnknownColumnType,
        ObjectKind = "column",
        ObjectName = table + "." + column.Name,
        Message = column.RawType.Length == 0
            ? $"The column '{column.Name}' of '{table}' has no declared type; its logical type is unknown."
            : $"The column '{column.Name}' of '{table}' is declared '{column.RawType}', which holds any value; its logical type is unknown.",
    });
}
