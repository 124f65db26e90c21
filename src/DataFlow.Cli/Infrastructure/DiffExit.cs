using DataFlow.Diff;

namespace DataFlow.Cli.Infrastructure;

/// <summary>The exit code of <c>diff</c> and <c>check</c> for a comparison result.</summary>
internal static class DiffExit
{
    /// <summary>
    /// 0 when in sync; 2 when something changed, or when some object could not be compared (a drift gate must not pass
    /// on what it could not see) unless <paramref name="allowNotCompared"/> is set.
    /// </summary>
    public static int CodeFor(SchemaDiff diff, bool allowNotCompared) =>
        diff.HasChanges || (!diff.NotCompared.IsEmpty && !allowNotCompared) ? ExitCodes.DriftOrRisk : ExitCodes.Ok;
}
