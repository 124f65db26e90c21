using DataFlow.Schema;

namespace DataFlow.Cli.Rendering;

/// <summary>Warnings of one code and object kind, shown together ("452 triggers: a, b, c, …").</summary>
internal sealed record WarningGroup
{
    /// <summary>The warning code.</summary>
    public required string Code { get; init; }

    /// <summary>The object kind (<c>trigger</c>, <c>discovery</c>, ...).</summary>
    public required string Kind { get; init; }

    /// <summary>The warnings, in schema order.</summary>
    public required IReadOnlyList<SchemaWarning> Warnings { get; init; }

    /// <summary>Groups warnings by code and kind, ordered by code then kind.</summary>
    public static IReadOnlyList<WarningGroup> From(IEnumerable<SchemaWarning> warnings) => warnings
        .GroupBy(w => (w.Code, w.ObjectKind))
        .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
        .ThenBy(g => g.Key.ObjectKind, StringComparer.Ordinal)
        .Select(g => new WarningGroup { Code = g.Key.Code, Kind = g.Key.ObjectKind, Warnings = g.ToList() })
        .ToList();

    /// <summary><c>trigger</c> or its plural (<c>triggers</c>, <c>policies</c>, <c>indexes</c>) for <paramref name="count"/>.</summary>
    public static string KindName(string kind, int count)
    {
        if (count == 1 || kind.Length == 0)
        {
            return kind;
        }

        if (kind.EndsWith("ex", StringComparison.Ordinal) || kind.EndsWith('s') || kind.EndsWith('x') ||
            kind.EndsWith("ch", StringComparison.Ordinal) || kind.EndsWith("sh", StringComparison.Ordinal))
        {
            return kind + "es";
        }

        return kind.EndsWith('y') && kind.Length > 1 && !"aeiou".Contains(kind[^2], StringComparison.Ordinal)
            ? kind[..^1] + "ies"
            : kind + "s";
    }
}
