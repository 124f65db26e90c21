using DataFlow.Cli.Infrastructure;
using DataFlow.Diff;

namespace DataFlow.Cli.Rendering;

/// <summary>Prints a comparison result as the report or as JSON.</summary>
internal static class DiffOutput
{
    /// <summary>Writes <paramref name="diff"/> to the host's stdout.</summary>
    public static async Task WriteAsync(CliHost host, SchemaDiff diff, string from, string to, bool json, CancellationToken cancellationToken = default)
    {
        if (json)
        {
            await host.Out.WriteAsync(DiffJson.Render(diff, from, to).AsMemory(), cancellationToken);
            await host.Out.FlushAsync(cancellationToken);
            return;
        }

        DiffReport.Render(ConsoleFactory.Create(host.Out, host.OutIsTerminal, host.GetEnvironmentVariable("COLUMNS")), diff, from, to);
    }
}
