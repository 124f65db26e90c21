using System.CommandLine;
using System.CommandLine.Help;
using DataFlow.Cli.Infrastructure;

namespace DataFlow.Cli.Commands;

/// <summary>The <c>dataflow</c> root command with its subcommands.</summary>
internal static class DataFlowRootCommand
{
    /// <summary>The command name shown in help.</summary>
    public const string Name = "dataflow";

    private const string About =
        "DataFlow for .NET: database-first tooling for SQLite and PostgreSQL. " +
        "Discover an existing schema and write it as a snapshot; scaffold C# models from it; compare schemas and check for drift; apply versioned SQL migrations with a journal and a lock; run workflows from JSON files.";

    /// <summary>Builds the command tree for <paramref name="host"/>.</summary>
    public static Command Create(CliHost host)
    {
        // A plain Command (not RootCommand) so that help says "dataflow" whatever the host process is called.
        var root = new Command(Name, About)
        {
            new HelpOption { Recursive = true },
            new VersionOption(),
            new DiscoverCommand(host),
            new SampleCommand(host),
            new RunCommand(host),
            new ScaffoldCommand(host),
            new WatchCommand(host),
            new DiffCommand(host),
            new CheckCommand(host),
            new PlanCommand(host),
            new MigrateCommand(host),
            new StatusCommand(host),
            new HistoryCommand(host),
            new ValidateCommand(host),
            new BaselineCommand(host),
            new RepairCommand(host),
            new MigrationsCommand(host),
        };
        foreach (var option in root.Options)
        {
            option.Action = option switch
            {
                HelpOption help => new HelpWithExitCodesAction(help.Action!),
                VersionOption => new VersionAction(),
                _ => option.Action,
            };
        }

        return root;
    }
}
