using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteSchemaBuilder
{
    // pragma_table_xinfo.hidden: 2 = generated VIRTUAL, 3 = generated STORED.
    private const int HiddenVirtual = 2;
    private const int HiddenStored = 3;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EquatableArray<Column> BuildColumns(SqliteObjectRow table, SqliteTableDefinition definition, List<SqliteIndexGroup> indexes)
    {
        var rows = SqliteCatalog.Get(_catalog.Columns, table.Name);
        var rowIdAlias = FindRowIdAlias(rows, definition, indexes);
        var columns = new Column[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            // The declaration at the same position is nearly always the one; SQLite refuses duplicate names.
            var parsed = row.Cid < definition.Columns.Count && SqliteNameComparer.Instance.Equals(definition.Columns[row.Cid].Name, row.Name)
                ? definition.Columns[row.Cid]
                : definition.FindColumn(row.Name);
            var isAlias = row.Cid == rowIdAlias;
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
                Type = MapType(row.Type),
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

            columns[i] = column;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(columns);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PrimaryKey? BuildPrimaryKey(SqliteObjectRow table, SqliteTableDefinition definition)
    {
        var columns = PrimaryKeyColumns(table.Name);
        return columns.Length == 0 ? null : new PrimaryKey { Name = definition.PrimaryKeyName, Columns = ImmutableCollectionsMarshal.AsImmutableArray(columns) };
    }

    /// <summary>The primary key columns of a table in key order, from <c>pragma_table_xinfo.pk</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string[] PrimaryKeyColumns(string table)
    {
        var rows = SqliteCatalog.Get(_catalog.Columns, table);
        var count = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            count += rows[i].PrimaryKeyPosition > 0 ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        // Each column after every column of a lower or equal position: a stable sort by key position.
        var key = new SqliteColumnRow[count];
        var filled = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.PrimaryKeyPosition > 0)
            {
                var at = filled++;
                while (at > 0 && key[at - 1].PrimaryKeyPosition > row.PrimaryKeyPosition)
                {
                    key[at] = key[at - 1];
                    at--;
                }

                key[at] = row;
            }
        }

        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = key[i].Name;
        }

        return names;
    }

    // A rowid table's single-column primary key declared exactly INTEGER is an alias of the rowid, with two
    // exceptions (WITHOUT ROWID; the "INTEGER PRIMARY KEY DESC" column constraint). In every case that is not an
    // alias SQLite builds an automatic index of origin 'pk', so its absence is the catalog's own answer.
    // The alias's cid, or -1.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FindRowIdAlias(IReadOnlyList<SqliteColumnRow> rows, SqliteTableDefinition definition, List<SqliteIndexGroup> indexes)
    {
        var key = default(SqliteColumnRow);
        var keyColumns = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.PrimaryKeyPosition > 0)
            {
                key = row;
                keyColumns++;
            }
        }

        foreach (var index in indexes)
        {
            if (index.Origin == "pk")
            {
                return -1;
            }
        }

        return !definition.IsWithoutRowId && keyColumns == 1 && string.Equals(key.Type, "INTEGER", StringComparison.OrdinalIgnoreCase) ? key.Cid : -1;
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
