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

    /// <summary>Shadow table name → its virtual table, for the virtual tables whose module is known.</summary>
    /// <param name="virtualTables">Virtual table name → module name.</param>
    /// <param name="objects">Every object of the database.</param>
    private static Dictionary<string, string> FindShadowTables(Dictionary<string, string?> virtualTables, List<SqliteObjectRow> objects)
    {
        var names = objects.Where(o => o.Type == "table").Select(o => o.Name).ToHashSet(SqliteNameComparer.Instance);
        var shadows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (table, module) in virtualTables)
        {
            foreach (var suffix in ShadowSuffixes.GetValueOrDefault(module ?? string.Empty) ?? [])
            {
                if (names.TryGetValue(table + "_" + suffix, out var shadow))
                {
                    shadows[shadow] = table;
                }
            }
        }

        return shadows;
    }

    private void AddObjectWarnings(List<SqliteObjectRow> objects, Dictionary<string, string?> virtualTables, Dictionary<string, string> shadowTables)
    {
        foreach (var trigger in objects.Where(o => o.Type == "trigger"))
        {
            Warn("trigger", trigger.Name, $"The trigger '{trigger.Name}' on '{trigger.TableName}' is not part of the schema model and was left out.");
        }

        foreach (var (table, module) in virtualTables)
        {
            Warn("virtual table", table, $"The virtual table '{table}' (module {module ?? "unknown"}) is not part of the schema model and was left out.");
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
