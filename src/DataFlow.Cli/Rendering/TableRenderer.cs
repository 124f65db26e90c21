using DataFlow.Schema;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreTable = Spectre.Console.Table;
using Table = DataFlow.Schema.Table;

namespace DataFlow.Cli.Rendering;

/// <summary>
/// One table as a tree: the columns grid, then primary key, foreign keys, unique and check constraints and
/// indexes. All database text goes through <see cref="Text"/> or <see cref="Markup.Escape"/>: names and
/// expressions may contain <c>[</c> and <c>]</c>.
/// </summary>
internal static class TableRenderer
{
    /// <summary>The tree for <paramref name="table"/>.</summary>
    public static IRenderable Render(Table table)
    {
        var tree = new Tree(new Markup(Title(table)));
        tree.AddNode(Columns(table));
        tree.AddNode(table.PrimaryKey is { } key
            ? Line("PK", SchemaText.Named(key.Name, key.Columns))
            : new Markup("[yellow]no primary key[/]"));
        foreach (var foreignKey in table.ForeignKeys)
        {
            tree.AddNode(Line("FK", SchemaText.ForeignKey(foreignKey)));
        }

        foreach (var unique in table.UniqueConstraints)
        {
            tree.AddNode(Line("UNIQUE", SchemaText.Unique(unique)));
        }

        foreach (var check in table.CheckConstraints)
        {
            tree.AddNode(Line("CHECK", SchemaText.Check(check)));
        }

        foreach (var index in table.Indexes)
        {
            tree.AddNode(Line("INDEX", SchemaText.Index(index)));
        }

        return tree;
    }

    private static string Title(Table table)
    {
        var title = "[bold]" + Markup.Escape(table.QualifiedName) + "[/]";
        if (!table.Annotations.IsEmpty)
        {
            title += " [dim]" + Markup.Escape(string.Join(", ", table.Annotations.Select(a => a.Name + "=" + a.Value))) + "[/]";
        }

        return table.Comment is null ? title : title + " [dim]-- " + Markup.Escape(table.Comment) + "[/]";
    }

    private static SpectreTable Columns(Table table)
    {
        var grid = CompactTableBorder.Apply(new SpectreTable(), "column", "raw type", "type", "null", "default", "notes");
        foreach (var column in table.Columns)
        {
            grid.AddRow(
                new Text(column.Name),
                new Text(column.RawType),
                new Text(column.Type.ToString()),
                new Text(column.IsNullable ? "null" : "not null"),
                new Text(column.Default ?? string.Empty),
                new Text(SchemaText.ColumnNotes(table, column)));
        }

        return grid;
    }

    private static Markup Line(string label, string text) => new("[blue]" + label + "[/] " + Markup.Escape(text));
}
