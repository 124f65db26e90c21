using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteSchemaBuilder
{
    // A view's columns come from pragma_table_xinfo like a table's; types are empty where SQLite cannot tell.
    private View BuildView(SqliteObjectRow row) => new()
    {
        Name = row.Name,
        Definition = SqliteDdlParser.ParseViewQuery(row.Sql ?? string.Empty),
        Columns = SqliteCatalog.Get(_catalog.Columns, row.Name).Select(c => new Column
        {
            Name = c.Name,
            Ordinal = c.Cid + 1,
            RawType = c.Type,
            Type = MapType(c.Type),
            IsNullable = !c.NotNull,
        }).ToEquatableArray(),
    };
}
