using Spectre.Console;

namespace DataFlow.Cli.Infrastructure;

/// <summary>Creates Spectre consoles over a writer: colours and live displays only on a real terminal.</summary>
internal static class ConsoleFactory
{
    /// <summary>The width used when the output is a file or pipe (no terminal to ask).</summary>
    public const int RedirectedWidth = 120;

    /// <summary>A console writing to <paramref name="writer"/>.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool isTerminal)
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
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
