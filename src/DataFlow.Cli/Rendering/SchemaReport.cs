using DataFlow.Schema;
using Spectre.Console;

namespace DataFlow.Cli.Rendering;

/// <summary>
/// The human-readable result of <c>dataflow discover</c>: every table, then views, enums, domains and
/// sequences, then warnings grouped by kind, then the one-line summary.
/// </summary>
internal static class SchemaReport
{
    /// <summary>Writes the report for <paramref name="schema"/> to <paramref name="console"/>.</summary>
    public static void Render(IAnsiConsole console, DatabaseSchema schema, DiscoverySummary summary, bool verbose)
    {
        console.MarkupLine($"[bold]Tables ({schema.Tables.Count})[/]");
        foreach (var table in schema.Tables)
        {
            console.Write(TableRenderer.Render(table));
            console.WriteLine();
        }

        foreach (var grid in SchemaObjectsRenderer.Render(schema))
        {
            console.Write(grid);
            console.WriteLine();
        }

        if (!schema.Warnings.IsEmpty)
        {
            console.MarkupLine($"[bold]Warnings ({schema.Warnings.Count})[/]");
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().Padding(2, 0, 2, 0)).AddColumn();
            foreach (var line in WarningLines.For(schema.Warnings, verbose))
            {
                grid.AddRow(new Markup("[yellow]" + Markup.Escape(line.Code ?? string.Empty) + "[/]"), new Text((line.Code is null ? "  " : string.Empty) + line.Text));
            }

            console.Write(grid);
            console.WriteLine();
        }

        console.WriteLine(summary.ToString());
    }
}
