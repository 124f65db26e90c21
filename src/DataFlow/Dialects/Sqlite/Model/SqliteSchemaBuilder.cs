using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Turns a <see cref="SqliteCatalog"/> into a <see cref="DatabaseSchema"/>: the pragma-shaped rows give columns,
/// keys and indexes; each object's parsed <c>CREATE</c> statement gives the rest.
/// No I/O happens here. SQLite's own <c>sqlite_*</c> objects are left out silently; triggers, virtual tables
/// and their shadow tables are left out with a warning each.
/// </summary>
internal sealed partial class SqliteSchemaBuilder
{
    private readonly SqliteCatalog _catalog;
    private readonly List<SchemaWarning> _warnings;
    private readonly Dictionary<string, SqliteObjectRow> _tablesByName = new(SqliteNameComparer.Instance);

    // Logical types by declared type: a schema repeats a few declared types thousands of times, and LogicalType is immutable.
    private readonly Dictionary<string, LogicalType> _types = new(StringComparer.Ordinal);

    private readonly int _twoThreadsFromTables;

    /// <summary>A builder of the schema in <paramref name="catalog"/>.</summary>
    /// <param name="catalog">What the catalog reader found.</param>
    /// <param name="twoThreadsFromTables">
    /// From how many tables on a pool thread builds tables too (<see cref="TwoThreadsFromTables"/>; tests compare with one thread).
    /// </param>
    public SqliteSchemaBuilder(SqliteCatalog catalog, int twoThreadsFromTables = TwoThreadsFromTables)
    {
        _catalog = catalog;
        _warnings = [.. catalog.Warnings];
        _twoThreadsFromTables = twoThreadsFromTables;
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

        var builtTables = BuildTables(tables);
        var views = objects.Where(o => o.Type == "view").Select(BuildView).ToEquatableArray();
        AddObjectWarnings(objects, virtualTables, shadowTables);
        return new DatabaseSchema
        {
            Dialect = SqliteDialect.DialectName,
            Tables = ImmutableCollectionsMarshal.AsImmutableArray(builtTables),
            Views = views,
            Warnings = _warnings.ToEquatableArray(),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LogicalType MapType(string declaredType)
    {
        if (!_types.TryGetValue(declaredType, out var type))
        {
            type = SqliteTypeMapper.Map(declaredType);
            _types.Add(declaredType, type);
        }

        return type;
    }

    private static bool IsInternal(string name) => name.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase);

    private static bool IsVirtualTable(SqliteObjectRow row) =>
        row.Type == "table" && row.Sql is not null && row.Sql.StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Table BuildTable(SqliteObjectRow row)
    {
        var definition = _catalog.TableDefinitions.GetValueOrDefault(row.Name) ?? SqliteDdlParser.ParseCreateTable(row.Sql ?? string.Empty);
        var indexes = SqliteIndexGroup.GroupByIndex(SqliteCatalog.Get(_catalog.IndexColumns, row.Name));
        var columns = BuildColumns(row, definition, indexes);
        EquatableArray<Annotation> annotations = (definition.IsStrict, definition.IsWithoutRowId) switch
        {
            (true, true) => [new Annotation(AnnotationNames.SqliteStrict, "true"), new Annotation(AnnotationNames.SqliteWithoutRowId, "true")],
            (true, false) => [new Annotation(AnnotationNames.SqliteStrict, "true")],
            (false, true) => [new Annotation(AnnotationNames.SqliteWithoutRowId, "true")],
            _ => EquatableArray<Annotation>.Empty,
        };

        return new Table
        {
            Name = row.Name,
            Columns = columns,
            PrimaryKey = BuildPrimaryKey(row, definition),
            ForeignKeys = BuildForeignKeys(row, definition),
            UniqueConstraints = BuildUniqueConstraints(definition, indexes),
            CheckConstraints = ToEquatableArray(definition.CheckConstraints),
            Indexes = BuildIndexes(indexes),
            Annotations = annotations,
        };
    }

    // An EquatableArray of a list's items; the empty list allocates nothing.
    private static EquatableArray<T> ToEquatableArray<T>(List<T> items) =>
        items.Count == 0 ? EquatableArray<T>.Empty : ImmutableCollectionsMarshal.AsImmutableArray(items.ToArray());
}
