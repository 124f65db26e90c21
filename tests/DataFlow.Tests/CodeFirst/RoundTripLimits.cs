using DataFlow.Diff;

namespace DataFlow.Tests.CodeFirst;

/// <summary>What docs/code-first-models.md ("What does not round-trip") lists: the only differences a round trip may show.</summary>
internal static class RoundTripLimits
{
    /// <summary>Whether <paramref name="change"/> is a documented limit. The fixtures need none: every difference fails.</summary>
    public static bool IsExpected(SchemaChange change) => false;
}
