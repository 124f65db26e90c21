using DataFlow.Schema;

namespace DataFlow.Diff;

/// <content>Objects that either side lists as warnings: reported as "not compared", never as in sync.</content>
public static partial class SchemaDiffer
{
    private static EquatableArray<NotComparedObject> CollectNotCompared(DatabaseSchema from, DatabaseSchema to)
    {
        var objects = new Dictionary<(string Kind, string Name), NotComparedObject>();
        foreach (var (side, warnings) in (ReadOnlySpan<(string, EquatableArray<SchemaWarning>)>)[("from", from.Warnings), ("to", to.Warnings)])
        {
            foreach (var warning in warnings)
            {
                var key = (warning.ObjectKind, warning.ObjectName ?? warning.Code);
                if (objects.TryGetValue(key, out var seen))
                {
                    if (seen.Side != side)
                    {
                        objects[key] = seen with { Side = "both", Reason = warning.Message };
                    }

                    continue;
                }

                objects[key] = new NotComparedObject { ObjectKind = warning.ObjectKind, ObjectName = warning.ObjectName, Side = side, Reason = warning.Message };
            }
        }

        return objects.Values
            .OrderBy(o => o.ObjectKind, StringComparer.Ordinal)
            .ThenBy(o => o.ObjectName, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
