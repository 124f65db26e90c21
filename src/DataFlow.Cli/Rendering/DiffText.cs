using DataFlow.Diff;

namespace DataFlow.Cli.Rendering;

/// <summary>Words shared by the diff report and the diff JSON.</summary>
internal static class DiffText
{
    /// <summary>The heading of a group of changes.</summary>
    public static string KindTitle(SchemaObjectKind kind) => kind switch
    {
        SchemaObjectKind.Table => "Tables",
        SchemaObjectKind.Column => "Columns",
        SchemaObjectKind.PrimaryKey => "Primary keys",
        SchemaObjectKind.ForeignKey => "Foreign keys",
        SchemaObjectKind.UniqueConstraint => "Unique constraints",
        SchemaObjectKind.CheckConstraint => "Check constraints",
        SchemaObjectKind.Index => "Indexes",
        SchemaObjectKind.View => "Views",
        SchemaObjectKind.MaterializedView => "Materialized views",
        SchemaObjectKind.Enum => "Enums",
        SchemaObjectKind.Domain => "Domains",
        SchemaObjectKind.Sequence => "Sequences",
        _ => "Comments",
    };

    /// <summary>
    /// The last line of the report. Says "in sync" only when nothing changed and everything was compared; otherwise
    /// counts the changes and the objects that were not compared.
    /// </summary>
    public static string Summary(SchemaDiff diff)
    {
        if (diff.IsInSync)
        {
            return "In sync: no differences.";
        }

        var parts = new List<string>();
        if (diff.HasChanges)
        {
            var destructive = diff.Changes.Count(c => c.IsDestructive);
            parts.Add($"{Plural(diff.Changes.Count, "difference")} ({destructive} destructive)");
        }
        else
        {
            parts.Add("No differences in the compared objects");
        }

        if (!diff.NotCompared.IsEmpty)
        {
            parts.Add($"{Plural(diff.NotCompared.Count, "object")} not compared");
        }

        return string.Join("; ", parts) + ".";
    }

    /// <summary>"1 step", "2 steps".</summary>
    internal static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
