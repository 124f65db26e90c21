using System.CommandLine;

namespace DataFlow.Cli.Commands;

/// <summary>Options that several commands share (each command gets its own instance).</summary>
internal static class CommonOptions
{
    /// <summary><c>--verbose</c>: diagnostics on stderr and the full exception chain on errors.</summary>
    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Print diagnostics (versions, engine) and, on errors, the full exception chain to stderr.",
    };
}
