using System.CommandLine;
using DataFlow.Cli.Infrastructure;

namespace DataFlow.Cli.Commands;

/// <summary><c>dataflow migrations</c>: the versioned SQL migration files (<c>add</c> writes the next one).</summary>
internal sealed class MigrationsCommand : Command
{
    /// <summary>Creates the command group for <paramref name="host"/>.</summary>
    public MigrationsCommand(CliHost host)
        : base("migrations", "Versioned SQL migration files: generate the next one from the difference between the database and a target schema.")
    {
        Subcommands.Add(new MigrationsAddCommand(host));
    }
}
