using System.Globalization;
using DataFlow.Schema;

namespace DataFlow.Bench.SchemaDiff;

/// <summary>Two in-memory schemas of the same size, the second with a few percent of its tables changed.</summary>
internal static class DiffBenchSchemas
{
    /// <summary>
    /// The "from" schema, and a "to" schema in which every 33rd table gets a wider column, a new column and a new index,
    /// every 100th table is dropped and 1% new tables are added.
    /// </summary>
    public static (DatabaseSchema From, DatabaseSchema To) Create(int tables)
    {
        var from = new List<Table>(tables);
        var to = new List<Table>(tables);
        for (var i = 0; i < tables; i++)
        {
            var table = CreateTable(i);
            from.Add(table);
            if (i % 100 == 1)
            {
                continue;
            }

            // A fresh copy, as discovery or a snapshot would give: equal by value, never by reference.
            to.Add(i % 33 == 0 ? Change(CreateTable(i)) : CreateTable(i));
        }

        for (var i = tables; i < tables + tables / 100; i++)
        {
            to.Add(CreateTable(i));
        }

        return (new DatabaseSchema { Dialect = "postgresql", Tables = from.ToEquatableArray() },
                new DatabaseSchema { Dialect = "postgresql", Tables = to.ToEquatableArray() });
    }

    private static Table CreateTable(int i)
    {
        var name = "t" + i.ToString("D5", CultureInfo.InvariantCulture);
        var columns = new Column[15];
        columns[0] = new Column { Name = "id", Ordinal = 1, RawType = "bigint", Type = LogicalType.Of(LogicalTypeKind.Int64) };
        columns[1] = new Column { Name = "parent_id", Ordinal = 2, RawType = "bigint", Type = LogicalType.Of(LogicalTypeKind.Int64), IsNullable = true };
        for (var c = 2; c < columns.Length; c++)
        {
            columns[c] = new Column
            {
                Name = "c" + c.ToString(CultureInfo.InvariantCulture), Ordinal = c + 1, RawType = "character varying(100)",
                Type = LogicalType.String(100), IsNullable = c % 2 == 0, Default = c % 5 == 0 ? "''::character varying" : null,
            };
        }

        return new Table
        {
            Schema = "public",
            Name = name,
            Columns = columns,
            PrimaryKey = new PrimaryKey { Name = name + "_pkey", Columns = ["id"] },
            ForeignKeys = [new ForeignKey { Name = name + "_parent_fk", Columns = ["parent_id"], PrincipalSchema = "public", PrincipalTable = name, PrincipalColumns = ["id"] }],
            CheckConstraints = [new CheckConstraint { Name = name + "_id_check", Expression = "(id > 0)" }],
            Indexes = [new TableIndex { Name = "ix_" + name + "_c2", Keys = [new IndexKey { Column = "c2" }] }],
        };
    }

    private static Table Change(Table table) => table with
    {
        Columns =
        [
            .. table.Columns.Select(c => c.Name == "c3" ? c with { RawType = "character varying(200)", Type = LogicalType.String(200) } : c),
            new Column { Name = "added", Ordinal = 16, RawType = "integer", Type = LogicalType.Of(LogicalTypeKind.Int32), IsNullable = true },
        ],
        Indexes = [.. table.Indexes, new TableIndex { Name = "ix_" + table.Name + "_c4", Keys = [new IndexKey { Column = "c4" }] }],
    };
}
