using System.CommandLine;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Migrations.Runner;

namespace DataFlow.Cli.Commands;

/// <summary><c>dataflow baseline --version V</c>: adopts an existing database; files up to V count as applied and never run.</summary>
internal sealed class BaselineCommand : MigrationCommand
{
    private readonly Option<string> _version = new("--version") { Description = "The version the database already is at: files up to it count as applied without running.", HelpName = "VERSION", Required = true };

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public BaselineCommand(CliHost host)
        : base(host, "baseline", "Adopt an existing database: record a baseline at --version so that files up to it count as applied and are never run. Only on a database whose journal records no files yet.", locks: true, usesFolder: false)
    {
        Options.Add(_version);
    }

    /// <inheritdoc />
    protected override MigrationCommandOptions BindMore(ParseResult parseResult, MigrationCommandOptions options) => options with { Version = parseResult.GetValue(_version) };

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(MigrationRunner runner, ResolvedDatabase database, MigrationCommandOptions options, CancellationToken cancellationToken)
    {
        var version = ParseVersion("--version", options.Version)!.Value;
        var entry = await runner.BaselineAsync(version, LockOptions(options), cancellationToken);
        await Host.Out.WriteAsync(options.Json
            ? MigrationJson.Render(new { url = database.Target.DisplayUrl, baseline = MigrationJson.Entry(entry) })
            : $"Baselined {database.Target.DisplayUrl} at version {entry.Version}: files up to it count as applied and will not run.\n");
        return ExitCodes.Ok;
    }
}
