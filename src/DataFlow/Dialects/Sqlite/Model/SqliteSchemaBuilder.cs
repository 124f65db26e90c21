using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Turns the rows of a <see cref="SqliteCatalog"/> into a <see cref="DatabaseSchema"/>: the pragmas give
/// columns, keys and indexes; each object's stored <c>CREATE</c> statement is parsed once for the rest.
/// No I/O happens here. SQLite's own <c>sqlite_*</c> objects are left out silently; triggers, virtual tables
/// and their shadow tables are left out with a warning each.
/// </summary>
internal sealed partial class SqliteSchemaBuilder
{
    private readonly SqliteCatalog _catalog;
    private readonly List<SchemaWarning> _warnings;
    private readonly Dictionary<string, SqliteObjectRow> _tablesByName = new(SqliteNameComparer.Instance);
    private readonly Dictionary<string, string?> _indexSql = new(StringComparer.Ordinal);

    public SqliteSchemaBuilder(SqliteCatalog catalog)
    {
        _catalog = catalog;
        _warnings = [.. catalog.Warnings];
    }

    /// <summary>Builds the schema (in catalog order; the caller canonicalises the order).</summary>
    public DatabaseSchema Build()
    {
        var objects = _catalog.Objects.Where(o => !IsInternal(o.Name)).ToList();
        var virtualTables = objects.Where(IsVirtualTable).ToDictionary(o => o.Name, o => SqliteDdlParser.ParseVirtualTableModule(o.Sql!), StringComparer.Ordinal);
        var shadowTables = FindShadowTables(virtualTables, objects);
        var tables = objects.Where(o => o.Type == "table" && !IsVirtualTable(o) && !shadowTables.ContainsKey(o.Name)).ToList();
        foreach (var table in tables)
        {
            _tablesByName.TryAdd(table.Name, table);
        }

        foreach (var index in objects.Where(o => o.Type == "index"))
        {
            _indexSql[index.Name] = index.Sql;
        }

        var builtTables = tables.Select(BuildTable).ToEquatableArray();
        var views = objects.Where(o => o.Type == "view").Select(BuildView).ToEquatableArray();
        AddObjectWarnings(objects, virtualTables, shadowTables);
        return new DatabaseSchema
        {
            Dialect = SqliteDialect.DialectName,
            Tables = builtTables,
            Views = views,
            Warnings = _warnings.ToEquatableArray(),
        };
    }

    private static bool IsInternal(string name) => name.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase);

    private static bool IsVirtualTable(SqliteObjectRow row) =>
        row.Type == "table" && row.Sql is not null && row.Sql.StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase);

    private Table BuildTable(SqliteObjectRow row)
    {
        var definition = SqliteDdlParser.ParseCreateTable(row.Sql ?? string.Empty);
        var indexes = SqliteCatalog.Get(_catalog.IndexColumns, row.Name).GroupBy(i => i.IndexName, StringComparer.Ordinal).ToList();
        var columns = BuildColumns(row, definition, indexes);
        var annotations = new List<Annotation>();
        if (definition.IsStrict)
        {
            annotations.Add(new Annotation(AnnotationNames.SqliteStrict, "true"));
        }

        if (definition.IsWithoutRowId)
        {
            annotations.Add(new Annotation(AnnotationNames.SqliteWithoutRowId, "true"));
        }

        return new Table
        {
            Name = row.Name,
            Columns = columns,
            PrimaryKey = BuildPrimaryKey(row, definition),
            ForeignKeys = BuildForeignKeys(row, definition),
            UniqueConstraints = BuildUniqueConstraints(definition, indexes),
            CheckConstraints = definition.CheckConstraints.ToEquatableArray(),
            Indexes = BuildIndexes(indexes),
            Annotations = annotations.ToEquatableArray(),
        };
    }
}
