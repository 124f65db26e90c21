using DataFlow.Migrations.Planning;
using DataFlow.Schema;

namespace DataFlow.Tests.Migrations;

/// <summary>
/// The documented exceptions of the round trip (docs/migrations.md): objects that use functions the schema model
/// does not carry (discovery lists the functions as warnings) cannot be created in an empty database, so they are
/// taken out of the expected schema before comparing.
/// </summary>
internal static class RoundTripSchemas
{
    /// <summary>The names of the functions and aggregates discovery warned about.</summary>
    public static IReadOnlyList<string> MissingFunctions(DatabaseSchema schema) => schema.Warnings
        .Where(w => w.ObjectKind is "function" or "aggregate" or "procedure" && w.ObjectName is not null)
        .Select(w => w.ObjectName!.Split('(')[0])
        .Select(n => n[(n.LastIndexOf('.') + 1)..])
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Expressions whose PostgreSQL deparsed text changes when it is parsed again (a cast of an ARRAY constructor is
    /// pushed into its elements), so the recreated object reads back with different text but the same meaning.
    /// </summary>
    private static readonly HashSet<string> NotAFixedPoint = new(StringComparer.Ordinal)
    {
        "musicbrainz.editor_collection_type.allowed_collection_entity_type",
        "musicbrainz.series_type.allowed_series_entity_type",
        "musicbrainz.release_event",
    };

    /// <summary>The diff lines of the round trip, without the documented differences.</summary>
    public static string[] Differences(DatabaseSchema original, DatabaseSchema result)
    {
        return DataFlow.Diff.SchemaDiffer.Compare(original, result).Changes
            .Where(c => !NotAFixedPoint.Contains(c.Path))
            .Select(DataFlow.Tests.Diff.DiffSchemas.Line)
            .ToArray();
    }

    /// <summary>The extensions discovery warned about; the round trip creates them in the target first.</summary>
    public static IReadOnlyList<string> Extensions(DatabaseSchema schema) =>
        schema.Warnings.Where(w => w.ObjectKind == "extension" && w.ObjectName is not null).Select(w => w.ObjectName!).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// <paramref name="schema"/> without the objects that call a missing function (and the views reading those), and
    /// without column collations that are not in the model.
    /// </summary>
    public static DatabaseSchema WithoutFunctionUsers(DatabaseSchema schema)
    {
        var functions = MissingFunctions(schema);
        var collations = schema.Warnings.Where(w => w.ObjectKind == "collation").Select(w => w.ObjectName).ToHashSet(StringComparer.Ordinal);
        bool Uses(string? sql) => sql is not null && functions.Any(f => ViewOrder.Mentions(sql, f));
        var tables = schema.Tables.Select(t => t with
        {
            Columns = t.Columns.Select(c => Uses(c.Default) ? c with { Default = null } : c)
                .Select(c => c.Collation is not null && collations.Contains(c.Collation) ? c with { Collation = null } : c).ToEquatableArray(),
            CheckConstraints = t.CheckConstraints.Where(c => !Uses(c.Expression)).ToEquatableArray(),
            Indexes = t.Indexes.Where(i => !Uses(i.Predicate) && !i.Keys.Any(k => Uses(k.Expression)))
                .Select(i => i with { Keys = i.Keys.Select(k => k.Collation is not null && collations.Contains(k.Collation) ? k with { Collation = null } : k).ToEquatableArray() })
                .ToEquatableArray(),
        }).ToEquatableArray();
        var removed = schema.Views.Where(v => Uses(v.Definition)).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        for (var grew = true; grew;)
        {
            var count = removed.Count;
            removed.UnionWith(schema.Views.Where(v => removed.Any(r => ViewOrder.Mentions(v.Definition, r))).Select(v => v.Name));
            grew = removed.Count > count;
        }

        return schema with
        {
            Tables = tables,
            Views = schema.Views.Where(v => !removed.Contains(v.Name)).ToEquatableArray(),
            Domains = schema.Domains.Select(d => d with { Default = Uses(d.Default) ? null : d.Default, CheckConstraints = d.CheckConstraints.Where(c => !Uses(c.Expression)).ToEquatableArray() }).ToEquatableArray(),
        };
    }
}
