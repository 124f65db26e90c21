using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DataFlow.Diff;

namespace DataFlow.Cli.Rendering;

/// <summary>
/// The <c>--json</c> document of <c>diff</c> and <c>check</c>: <c>from</c>, <c>to</c>, <c>inSync</c>,
/// <c>changes</c> (kind, action, path, property, before, after, destructive, hint) and <c>notCompared</c>.
/// </summary>
internal static class DiffJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The same options without indentation: one document per line (<c>watch --json</c>).</summary>
    public static JsonSerializerOptions CompactOptions { get; } = new(Options) { WriteIndented = false };

    /// <summary>The document for <paramref name="diff"/>.</summary>
    public static string Render(SchemaDiff diff, string from, string to) => JsonSerializer.Serialize(Document(diff, from, to), Options) + "\n";

    /// <summary>The object serialized by <see cref="Render"/>, for embedding in other documents.</summary>
    public static object Document(SchemaDiff diff, string from, string to)
    {
        return new
        {
            from,
            to,
            inSync = diff.IsInSync,
            changes = diff.Changes.Select(c => new
            {
                kind = c.Kind,
                action = c.Action,
                path = c.Path,
                property = c.Property,
                before = c.Before,
                after = c.After,
                destructive = c.IsDestructive,
                hint = c.Hint,
            }),
            notCompared = diff.NotCompared,
        };
    }
}
