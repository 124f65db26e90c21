using System.Globalization;
using DataFlow.Schema;

namespace DataFlow.Cli.Rendering;

/// <summary>The one-line summary printed after a discovery.</summary>
internal sealed record DiscoverySummary
{
    /// <summary>Tables discovered.</summary>
    public int Tables { get; init; }

    /// <summary>Columns of those tables (views not counted).</summary>
    public int Columns { get; init; }

    /// <summary>Foreign keys.</summary>
    public int ForeignKeys { get; init; }

    /// <summary>Indexes (those backing a primary key or unique constraint are not counted).</summary>
    public int Indexes { get; init; }

    /// <summary>Views and materialized views.</summary>
    public int Views { get; init; }

    /// <summary>Warnings.</summary>
    public int Warnings { get; init; }

    /// <summary>How long discovery took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The masked URL.</summary>
    public required string DisplayUrl { get; init; }

    /// <summary>Counts <paramref name="schema"/>.</summary>
    public static DiscoverySummary From(DatabaseSchema schema, TimeSpan elapsed, string displayUrl) => new()
    {
        Tables = schema.Tables.Count,
        Columns = schema.Tables.Sum(t => t.Columns.Count),
        ForeignKeys = schema.Tables.Sum(t => t.ForeignKeys.Count),
        Indexes = schema.Tables.Sum(t => t.Indexes.Count),
        Views = schema.Views.Count,
        Warnings = schema.Warnings.Count,
        Elapsed = elapsed,
        DisplayUrl = displayUrl,
    };

    /// <summary>For example <c>8 tables, 37 columns, 9 FKs, 3 indexes, 1 view, 1 warning in 12 ms (sqlite:///shop.db)</c>.</summary>
    public override string ToString() =>
        string.Join(", ",
            Count(Tables, "table"), Count(Columns, "column"), Count(ForeignKeys, "FK"),
            Count(Indexes, "index", "indexes"), Count(Views, "view"), Count(Warnings, "warning"))
        + string.Create(CultureInfo.InvariantCulture, $" in {Elapsed.TotalMilliseconds:F0} ms ({DisplayUrl})");

    private static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
