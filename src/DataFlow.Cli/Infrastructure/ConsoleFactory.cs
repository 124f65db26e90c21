using Spectre.Console;

namespace DataFlow.Cli.Infrastructure;

/// <summary>Creates Spectre consoles over a writer: colours and live displays only on a real terminal.</summary>
internal static class ConsoleFactory
{
    /// <summary>The width used when the output is a file or pipe and <c>COLUMNS</c> is not set.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>A console writing to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="isTerminal">True when <paramref name="writer"/> is an interactive terminal.</param>
    /// <param name="columns">The <c>COLUMNS</c> environment value, used as the width of redirected output.</param>
    public static IAnsiConsole Create(TextWriter writer, bool isTerminal, string? columns = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = int.TryParse(columns, out var width) && width is >= 40 and <= 1000 ? width : RedirectedWidth;
        }

        return console;
    }
}
