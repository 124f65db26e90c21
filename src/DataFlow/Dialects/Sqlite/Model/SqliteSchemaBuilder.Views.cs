using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteSchemaBuilder
{
    // The shadow tables each virtual-table module keeps (xShadowName), by module.
    private static readonly Dictionary<string, string[]> ShadowSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fts3"] = ["content", "segments", "segdir", "docsize", "stat"],
        ["fts4"] = ["content", "segments", "segdir", "docsize", "stat"],
        ["fts5"] = ["data", "idx", "content", "docsize", "config"],
        ["rtree"] = ["node", "parent", "rowid"],
        ["rtree_i32"] = ["node", "parent", "rowid"],
        ["geopoly"] = ["node", "parent", "rowid"],
    };

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
            Type = SqliteTypeMapper.Map(c.Type),
            IsNullable = !c.NotNull,
        }).ToEquatableArray(),
    };

    /// <summary>Shadow table name → its virtual table, for the virtual tables whose module is known.</summary>
    private static Dictionary<string, string> FindShadowTables(List<SqliteObjectRow> virtualTables, List<SqliteObjectRow> objects)
    {
        var names = objects.Where(o => o.Type == "table").Select(o => o.Name).ToHashSet(SqliteNameComparer.Instance);
        var shadows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in virtualTables)
        {
            var module = SqliteDdlParser.ParseVirtualTableModule(table.Sql!) ?? string.Empty;
            foreach (var suffix in ShadowSuffixes.GetValueOrDefault(module) ?? [])
            {
                if (names.TryGetValue(table.Name + "_" + suffix, out var shadow))
                {
                    shadows[shadow] = table.Name;
                }
            }
        }

        return shadows;
    }

    private void AddObjectWarnings(List<SqliteObjectRow> objects, List<SqliteObjectRow> virtualTables, Dictionary<string, string> shadowTables)
    {
        foreach (var trigger in objects.Where(o => o.Type == "trigger"))
        {
            Warn("trigger", trigger.Name, $"The trigger '{trigger.Name}' on '{trigger.TableName}' is not part of the schema model and was left out.");
        }

        foreach (var table in virtualTables)
        {
            var module = SqliteDdlParser.ParseVirtualTableModule(table.Sql!) ?? "unknown";
            Warn("virtual table", table.Name, $"The virtual table '{table.Name}' (module {module}) is not part of the schema model and was left out.");
        }

        foreach (var (shadow, owner) in shadowTables)
        {
            Warn("shadow table", shadow, $"The table '{shadow}' stores data of the virtual table '{owner}' and was left out with it.");
        }
    }

    private void Warn(string kind, string name, string message) => _warnings.Add(new SchemaWarning
    {
        Code = ErrorCodes.UnsupportedObject,
        ObjectKind = kind,
        ObjectName = name,
        Message = message,
    });
}
