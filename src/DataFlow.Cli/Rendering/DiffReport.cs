using DataFlow.Diff;
using Spectre.Console;

namespace DataFlow.Cli.Rendering;

/// <summary>The readable report of <c>dataflow diff</c> and <c>dataflow check</c>: changes grouped by object kind.</summary>
internal static class DiffReport
{
    /// <summary>Writes the report of <paramref name="diff"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static void Render(IAnsiConsole console, SchemaDiff diff, string from, string to)
    {
        console.MarkupLine($"[bold]Schema diff[/] {Markup.Escape(from)} → {Markup.Escape(to)}");
        foreach (var group in diff.Changes.GroupBy(c => c.Kind))
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(DiffText.KindTitle(group.Key))}[/] ({group.Count()})");
            foreach (var change in group)
            {
                console.MarkupLine("  " + Line(change));
                if (change.Hint is { } hint)
                {
                    console.MarkupLine("      [dim]hint: " + Markup.Escape(hint) + "[/]");
                }
            }
        }

        if (!diff.NotCompared.IsEmpty)
        {
            console.WriteLine();
            console.MarkupLine($"[bold yellow]Not compared[/] ({diff.NotCompared.Count}) — DataFlow does not read these objects, so it cannot say whether they match:");
            foreach (var item in diff.NotCompared)
            {
                console.MarkupLine($"  [yellow]?[/] {Markup.Escape(item.ObjectKind)} {Markup.Escape(item.ObjectName ?? "")} [dim]({Markup.Escape(item.Side)}: {Markup.Escape(item.Reason)})[/]");
            }
        }

        console.WriteLine();
        console.MarkupLine(Markup.Escape(DiffText.Summary(diff)));
    }

    private static string Line(SchemaChange change)
    {
        var destructive = change.IsDestructive ? " [red](destructive)[/]" : "";
        var path = Markup.Escape(change.Path);
        return change.Action switch
        {
            ChangeAction.Added => $"[green]+[/] {path} {Markup.Escape(change.After ?? "")}",
            ChangeAction.Removed => $"[red]-[/] {path} {Markup.Escape(change.Before ?? "")}{destructive}",
            ChangeAction.Renamed => $"[blue]→[/] {path} renamed from {Markup.Escape(change.Before ?? "")}",
            ChangeAction.ProbableRename => $"[yellow]?[/] {path} probably renamed to {Markup.Escape(change.After ?? "")}{destructive}",
            _ => $"[yellow]~[/] {path} {Markup.Escape(change.Property ?? "")}: {Markup.Escape(change.Before ?? "(none)")} → {Markup.Escape(change.After ?? "(none)")}{destructive}",
        };
    }
}
