using DataFlow.Diff;

namespace DataFlow.Tests.CodeFirst;

/// <summary>What docs/code-first-models.md ("What does not round-trip") lists: the only differences a round trip may show.</summary>
internal static class RoundTripLimits
{
    /// <summary>Whether <paramref name="change"/> is a documented limit.</summary>
    public static bool IsExpected(SchemaChange change) => change.Kind switch
    {
        // PostgreSQL domains are not generated as C# types; columns of a domain type keep their raw type and base logical type.
        SchemaObjectKind.Domain => change.Action == ChangeAction.Removed,
        _ => false,
    };
}
