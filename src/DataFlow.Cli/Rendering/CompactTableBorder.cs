using Spectre.Console;
using Spectre.Console.Rendering;

namespace DataFlow.Cli.Rendering;

/// <summary>
/// No border lines at all, not even the blank top and bottom lines that <see cref="TableBorder.None"/>
/// leaves, so that a table nested in a tree takes exactly one line per row plus the header.
/// Columns are separated by padding (<see cref="Apply"/>).
/// </summary>
internal sealed class CompactTableBorder : TableBorder
{
    /// <summary>The shared instance.</summary>
    public static CompactTableBorder Instance { get; } = new();

    /// <inheritdoc />
    public override bool Visible => false;

    /// <summary>Uses this border on <paramref name="table"/>, with dim headers and two spaces between columns.</summary>
    public static Table Apply(Table table, params string[] headers)
    {
        table.Border(Instance);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Markup("[dim]" + Markup.Escape(header) + "[/]")).Padding(0, 0, 2, 0));
        }

        return table;
    }

    /// <inheritdoc />
    public override string GetPart(TableBorderPart part) => Minimal.GetPart(part);
}
