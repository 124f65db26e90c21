using System.CommandLine;
using System.CommandLine.Invocation;
using DataFlow.Cli.Infrastructure;

namespace DataFlow.Cli.Commands;

/// <summary>Prints the CLI's own version (not the host process's, which differs when run in-process).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(CliVersion.Current);
        return ExitCodes.Ok;
    }
}
