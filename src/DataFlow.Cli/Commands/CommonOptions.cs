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

    /// <summary>
    /// <c>--allow-not-compared</c> of <c>diff</c> and <c>check</c>: exit 0 even when some objects (listed as warnings) could not be compared.
    /// </summary>
    public static Option<bool> AllowNotCompared() => new("--allow-not-compared")
    {
        Description = "Exit 0 when the only findings are objects DataFlow cannot compare (triggers, policies, ...); they are still listed.",
    };

    /// <summary><c>--models</c>: C# models as one side of a comparison.</summary>
    public static Option<string?> Models(string description) => new("--models")
    {
        Description = description,
        HelpName = "DIR|DLL",
    };

    /// <summary><c>--dialect</c>: the dialect C# models are read for, when no database or snapshot side gives it.</summary>
    public static Option<string?> Dialect() => new("--dialect")
    {
        Description = "The dialect of C# models (postgresql or sqlite). Default: the dialect of the database or snapshot they are compared with.",
        HelpName = "NAME",
    };
}
