using System.Globalization;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Migrations.Runner;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow validate</c>: checks the applied migrations against the files. Exit 0 valid, 2 problems (changed
/// files with both checksums, missing files, failed rows, out-of-order files), 1 error. Reads only.
/// </summary>
internal sealed class ValidateCommand(CliHost host)
    : MigrationCommand(host, "validate", "Check that every applied migration file is unchanged (checksum), still present, not failed, and that no pending file is out of order. Exit 2 when a problem is found. Reads only.", locks: false)
{
    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(MigrationRunner runner, ResolvedDatabase database, MigrationCommandOptions options, CancellationToken cancellationToken)
    {
        var (_, plan) = await runner.StatusAsync(options.Dir, cancellationToken);
        var problems = plan.Problems(allowOutOfOrder: false, includeMissing: true);
        var applied = plan.In(ScriptState.Applied).Count();
        var pending = plan.In(ScriptState.Pending).Count();
        if (options.Json)
        {
            await Host.Out.WriteAsync(MigrationJson.Render(new
            {
                url = database.Target.DisplayUrl,
                folder = options.Dir,
                valid = problems.Count == 0,
                applied,
                pending,
                problems = problems.Select(p => new { code = p.Code, message = p.Message, hint = p.Hint }),
            }));
        }
        else if (problems.Count == 0)
        {
            await Host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Valid: {applied} applied unchanged, {pending} pending ({database.Target.DisplayUrl}, {options.Dir})."));
        }
        else
        {
            foreach (var problem in problems)
            {
                await Host.Out.WriteLineAsync(problem.Describe());
            }

            await Host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Invalid: {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")} ({database.Target.DisplayUrl}, {options.Dir})."));
        }

        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.DriftOrRisk;
    }
}
