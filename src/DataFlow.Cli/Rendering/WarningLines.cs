using DataFlow.Schema;

namespace DataFlow.Cli.Rendering;

/// <summary>
/// Turns warnings into short lines: one line per group with a count and the first names, the full list
/// and every message only when verbose. Notes about discovery itself (no object name) are shown whole.
/// </summary>
internal static class WarningLines
{
    /// <summary>How many names a group line shows before "…".</summary>
    public const int MaxNames = 10;

    /// <summary>The lines for <paramref name="warnings"/>.</summary>
    public static IReadOnlyList<WarningLine> For(IEnumerable<SchemaWarning> warnings, bool verbose)
    {
        var lines = new List<WarningLine>();
        foreach (var group in WarningGroup.From(warnings))
        {
            foreach (var note in group.Warnings.Where(w => w.ObjectName is null))
            {
                lines.Add(new WarningLine(group.Code, note.Message));
            }

            var named = group.Warnings.Where(w => w.ObjectName is not null).ToList();
            if (named.Count == 1)
            {
                lines.Add(new WarningLine(group.Code, $"{group.Kind} {named[0].ObjectName}: {named[0].Message}"));
            }
            else if (named.Count > 1 && verbose)
            {
                lines.Add(new WarningLine(group.Code, $"{named.Count} {WarningGroup.KindName(group.Kind, named.Count)}:"));
                lines.AddRange(named.Select(w => new WarningLine(null, $"{w.ObjectName}: {w.Message}")));
            }
            else if (named.Count > 1)
            {
                var shown = string.Join(", ", named.Take(MaxNames).Select(w => w.ObjectName));
                var more = named.Count > MaxNames ? $", … ({named.Count - MaxNames} more)" : string.Empty;
                lines.Add(new WarningLine(group.Code, $"{named.Count} {WarningGroup.KindName(group.Kind, named.Count)}: {shown}{more}"));
            }
        }

        return lines;
    }

    /// <summary>The lines as plain text for stderr (<c>warning DF-DISC-101: …</c>).</summary>
    public static void WritePlain(TextWriter writer, IEnumerable<SchemaWarning> warnings, bool verbose)
    {
        foreach (var line in For(warnings, verbose))
        {
            writer.WriteLine(line.Code is null ? "    " + line.Text : $"warning {line.Code}: {line.Text}");
        }
    }
}
