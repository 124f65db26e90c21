using System.Text.Json;
using DataFlow.Cli.Infrastructure;
using DataFlow.Migrations.Files;
using DataFlow.Migrations.Planning;

namespace DataFlow.Cli.Rendering;

/// <summary>What <c>dataflow migrations add</c> prints: the file written and one line per step, or JSON.</summary>
internal static class MigrationsAddOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Reports that the schemas match and no file was written.</summary>
    public static async Task WriteNothingToDoAsync(CliHost host, bool json, CancellationToken cancellationToken)
    {
        var text = json
            ? JsonSerializer.Serialize(new { file = (string?)null, steps = Array.Empty<object>(), message = "no changes" }, JsonOptions)
            : "No changes: the database already matches --to; no migration written.";
        await host.Out.WriteLineAsync(text.AsMemory(), cancellationToken);
    }

    /// <summary>Reports the written file and its steps.</summary>
    public static async Task WriteAsync(CliHost host, string path, MigrationPlan plan, bool json, CancellationToken cancellationToken)
    {
        if (json)
        {
            var document = new
            {
                file = path,
                dialect = plan.Dialect,
                transaction = plan.TransactionMode.ToString(),
                risk = plan.Risk.ToString().ToUpperInvariant(),
                steps = plan.Steps.Select(s => new
                {
                    description = s.Description,
                    enabled = s.IsEnabled,
                    destructive = s.IsDestructive,
                    risk = s.Risk.Level.ToString().ToUpperInvariant(),
                    findings = s.Risk.Findings.Select(MigrationFileFormat.Annotation).ToArray(),
                    hint = s.Hint,
                    statements = s.Statements.ToArray(),
                }).ToArray(),
            };
            await host.Out.WriteLineAsync(JsonSerializer.Serialize(document, JsonOptions).AsMemory(), cancellationToken);
            return;
        }

        var disabled = plan.Steps.Count(s => !s.IsEnabled);
        var summary = $"Wrote {path}: {DiffText.Plural(plan.Steps.Count, "step")}, highest risk {plan.Risk.ToString().ToUpperInvariant()}" +
                      (disabled == 0 ? "" : $", {disabled} commented out (review them)");
        await host.Out.WriteLineAsync(summary.AsMemory(), cancellationToken);
        foreach (var step in plan.Steps)
        {
            var mark = step.IsEnabled ? "  " : "# ";
            await host.Out.WriteLineAsync($"{mark}{step.Risk.Level.ToString().ToUpperInvariant(),-8} {step.Description}".AsMemory(), cancellationToken);
        }
    }
}
