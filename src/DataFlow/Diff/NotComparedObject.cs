namespace DataFlow.Diff;

/// <summary>
/// An object that one side lists as a warning (unsupported or unreadable), so the diff could not compare it.
/// Its presence means two schemas are never reported as "in sync".
/// </summary>
public sealed record NotComparedObject
{
    /// <summary>The object kind as the warning names it (<c>trigger</c>, <c>policy</c>, …).</summary>
    public required string ObjectKind { get; init; }

    /// <summary>The object's name, when the warning names one.</summary>
    public string? ObjectName { get; init; }

    /// <summary>Which side listed it: <c>from</c>, <c>to</c> or <c>both</c>.</summary>
    public required string Side { get; init; }

    /// <summary>The warning's message (from the "to" side when both list it).</summary>
    public required string Reason { get; init; }
}
