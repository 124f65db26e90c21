using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataFlow.Workflows;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DataFlow.Cli.Rendering;

/// <summary>One output value of a node: a list of records as a table (columns = every key, in first-seen order), anything else as one line.</summary>
internal static class OutputValue
{
    /// <summary>Rows shown per table; <c>--json</c> prints all.</summary>
    public const int MaxRows = 200;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The rendering of output <paramref name="key"/> with <paramref name="value"/>.</summary>
    public static IRenderable Render(string key, object? value)
    {
        var normalized = ValueNormalizer.Normalize(value);
        if (normalized is IReadOnlyList<object?> { Count: > 0 } list && list.All(item => item is IReadOnlyDictionary<string, object?>))
        {
            return Records(key, list.Cast<IReadOnlyDictionary<string, object?>>().ToList());
        }

        return new Markup($"[blue]{Markup.Escape(key)}[/]  {Markup.Escape(Text(normalized))}");
    }

    /// <summary>A scalar as plain text, anything else as compact JSON.</summary>
    public static string Text(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable when value is not IEnumerable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => Json(value),
    };

    private static Rows Records(string key, List<IReadOnlyDictionary<string, object?>> records)
    {
        var columns = records.SelectMany(record => record.Keys).Distinct(StringComparer.Ordinal).ToArray();
        var table = CompactTableBorder.Apply(new Table(), columns);
        foreach (var record in records.Take(MaxRows))
        {
            table.AddRow(columns.Select(column => record.TryGetValue(column, out var cell) ? new Text(Text(cell)) : new Text(string.Empty)));
        }

        var title = new Markup($"[blue]{Markup.Escape(key)}[/]  [dim]{records.Count} record{(records.Count == 1 ? "" : "s")}{(records.Count > MaxRows ? $", first {MaxRows} shown (--json prints all)" : "")}[/]");
        return new Rows(title, table);
    }

    private static string Json(object value)
    {
        try
        {
            return JsonSerializer.Serialize(value, Compact);
        }
        catch (NotSupportedException)
        {
            return value.ToString() ?? string.Empty;
        }
    }
}
