using System.CommandLine;
using System.CommandLine.Invocation;

namespace DataFlow.Cli.Commands;

/// <summary>The standard help, followed by the exit-code table, so that every <c>--help</c> documents it.</summary>
internal sealed class HelpWithExitCodesAction(CommandLineAction inner) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        var result = inner is SynchronousCommandLineAction synchronous ? synchronous.Invoke(parseResult) : 0;
        parseResult.InvocationConfiguration.Output.WriteLine(Infrastructure.ExitCodes.HelpText.Replace("\n", Environment.NewLine, StringComparison.Ordinal));
        return result;
    }
}
