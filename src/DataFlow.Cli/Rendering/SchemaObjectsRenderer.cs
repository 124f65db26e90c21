using System.Globalization;
using DataFlow.Schema;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreTable = Spectre.Console.Table;

namespace DataFlow.Cli.Rendering;

/// <summary>Views, enums, domains and sequences, one grid per kind (nothing for an empty kind).</summary>
internal static class SchemaObjectsRenderer
{
    /// <summary>The grids that have rows, each with its heading.</summary>
    public static IEnumerable<IRenderable> Render(DatabaseSchema schema)
    {
        if (!schema.Views.IsEmpty)
        {
            yield return Grid($"Views ({schema.Views.Count})", ["view", "kind", "columns"],
                schema.Views.Select(v => new[] { v.QualifiedName, v.IsMaterialized ? "materialized" : "view", string.Join(", ", v.Columns.Select(c => c.Name)) }));
        }

        if (!schema.Enums.IsEmpty)
        {
            yield return Grid($"Enums ({schema.Enums.Count})", ["enum", "values"],
                schema.Enums.Select(e => new[] { e.QualifiedName, string.Join(", ", e.Values) }));
        }

        if (!schema.Domains.IsEmpty)
        {
            yield return Grid($"Domains ({schema.Domains.Count})", ["domain", "base type", "null", "default", "checks"],
                schema.Domains.Select(d => new[]
                {
                    d.QualifiedName, d.RawBaseType, d.IsNotNull ? "not null" : "null", d.Default ?? string.Empty,
                    string.Join("; ", d.CheckConstraints.Select(SchemaText.Check)),
                }));
        }

        if (!schema.Sequences.IsEmpty)
        {
            yield return Grid($"Sequences ({schema.Sequences.Count})", ["sequence", "type", "start", "increment", "range", "owned by"],
                schema.Sequences.Select(s => new[]
                {
                    s.QualifiedName, s.DataType, Number(s.StartValue), Number(s.Increment),
                    Number(s.MinValue) + ".." + Number(s.MaxValue) + (s.IsCyclic ? " cycle" : string.Empty),
                    (s.OwnedBy ?? string.Empty) + (s.IsIdentity ? " (identity)" : string.Empty),
                }));
        }
    }

    private static Rows Grid(string title, string[] headers, IEnumerable<string[]> rows)
    {
        var grid = CompactTableBorder.Apply(new SpectreTable(), headers);
        foreach (var row in rows)
        {
            grid.AddRow(row.Select(cell => (IRenderable)new Text(cell)));
        }

        return new Rows(new Markup("[bold]" + Markup.Escape(title) + "[/]"), new Padder(grid, new Padding(2, 0, 0, 0)));
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
