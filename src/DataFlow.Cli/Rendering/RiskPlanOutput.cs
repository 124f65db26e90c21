using System.Text.Json;
using DataFlow.Cli.Infrastructure;
using DataFlow.Migrations.Risk;

namespace DataFlow.Cli.Rendering;

/// <summary>One assessed item of <c>dataflow plan</c>: a statement of a file, or a step of a diff.</summary>
internal sealed record RiskPlanItem(string Label, IReadOnlyList<string> Statements, bool Assessed, RiskAssessment Risk, string? Note);

/// <summary>What <c>dataflow plan</c> prints: each item with its level, findings and facts, then the highest level; or JSON.</summary>
internal static class RiskPlanOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task WriteAsync(CliHost host, string source, IReadOnlyList<RiskPlanItem> items, RiskLevel level, bool json, CancellationToken cancellationToken)
    {
        if (json)
        {
            var document = new
            {
                Source = source,
                Risk = Name(level),
                Items = items.Select(i => new
                {
                    i.Label,
                    i.Statements,
                    i.Assessed,
                    Risk = i.Assessed ? Name(i.Risk.Level) : null,
                    Findings = i.Risk.Findings.Select(f => new { f.Code, Level = Name(f.Level), Categories = f.Categories.ToString(), f.Reason }).ToArray(),
                    Facts = i.Risk.Facts.Select(f => new { f.Name, f.Subject, f.Value }).ToArray(),
                    i.Note,
                }).ToArray(),
            };
            await host.Out.WriteLineAsync(JsonSerializer.Serialize(document, JsonOptions).AsMemory(), cancellationToken);
            return;
        }

        var lines = new List<string> { $"Risk assessment of {source}: {items.Count} item{(items.Count == 1 ? "" : "s")}" };
        foreach (var item in items)
        {
            var label = item.Label.ReplaceLineEndings(" ");
            lines.Add(item.Assessed ? $"  {Name(item.Risk.Level),-8} {label}" : $"  {"-",-8} {label}  (not assessed: DataFlow does not recognise this statement)");
            lines.AddRange(item.Risk.Findings.Select(f => $"           {f.Code} [{Name(f.Level)}; {f.Categories}]: {f.Reason}"));
            lines.AddRange(item.Risk.Facts.Select(f => $"           fact {f.Name} {f.Subject} = {f.Value}"));
            if (item.Note is not null)
            {
                lines.Add("           note: " + item.Note);
            }
        }

        lines.Add($"Highest risk: {Name(level)}");
        foreach (var line in lines)
        {
            await host.Out.WriteLineAsync(line.AsMemory(), cancellationToken);
        }
    }

    private static string Name(RiskLevel level) => level.ToString().ToUpperInvariant();
}
