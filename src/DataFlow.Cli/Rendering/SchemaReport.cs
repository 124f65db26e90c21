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
            foreach (var line in WarningLines.For(schema.Warnings, verbose))
            {
                console.MarkupLine(line.Code is null
                    ? "    " + Markup.Escape(line.Text)
                    : "  [yellow]" + Markup.Escape(line.Code) + "[/]  " + Markup.Escape(line.Text));
            }

            console.WriteLine();
        }

        console.WriteLine(summary.ToString());
    }
}
