namespace DataFlow.Cli.Infrastructure;

/// <summary>The documented exit codes of every <c>dataflow</c> command (see docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (warnings may have been shown).</summary>
    public const int Ok = 0;

    /// <summary>An error: bad arguments, a bad URL, an unreachable database, a file that cannot be written.</summary>
    public const int Error = 1;

    /// <summary><c>diff</c> and <c>check</c>: differences (drift) were found, or objects could not be compared; <c>validate</c>: migration problems found.</summary>
    public const int DriftOrRisk = 2;

    /// <summary>The exit-code table as shown at the end of every <c>--help</c>.</summary>
    public const string HelpText =
        "Exit codes:\n" +
        "  0  ok (warnings may have been shown)\n" +
        "  1  error: bad arguments, bad URL, database unreachable, file not writable (DF-XXX code on stderr)\n" +
        "  2  diff/check: differences (drift) found, or objects that could not be compared;\n" +
        "     validate: a changed, missing, failed or out-of-order migration found\n" +
        "  130  interrupted (Ctrl+C, SIGTERM) and not stopped within 10 s (watch stops cleanly with 0)\n";
}
