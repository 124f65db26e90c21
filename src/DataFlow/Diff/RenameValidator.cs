using DataFlow.Schema;

namespace DataFlow.Diff;

/// <summary>Checks that every confirmed rename names an existing table or column on its side.</summary>
internal static class RenameValidator
{
    /// <summary>Throws <c>DF-DIFF-002</c> for the first rename whose "from" or "to" path names nothing.</summary>
    public static void Validate(IEnumerable<RenameMapping> renames, DatabaseSchema from, DatabaseSchema to)
    {
        var fromTables = Index(from);
        var toTables = Index(to);
        foreach (var rename in renames)
        {
            if (!Exists(fromTables, rename.From))
            {
                throw DataFlowErrors.RenameNotFound(rename.From, "from");
            }

            if (!Exists(toTables, rename.To))
            {
                throw DataFlowErrors.RenameNotFound(rename.To, "to");
            }
        }
    }

    private static Dictionary<string, Table> Index(DatabaseSchema schema)
    {
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var table in schema.Tables)
        {
            tables.TryAdd(table.QualifiedName, table);
            tables.TryAdd(table.Name, table);
        }

        return tables;
    }

    private static bool Exists(Dictionary<string, Table> tables, string path)
    {
        if (tables.ContainsKey(path))
        {
            return true;
        }

        var dot = path.LastIndexOf('.');
        return dot > 0 && tables.TryGetValue(path[..dot], out var table) && table.FindColumn(path[(dot + 1)..]) is not null;
    }
}
