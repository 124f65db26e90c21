namespace DataFlow;

/// <summary>Watch codes (<c>DF-WATCH-…</c>): regenerating the models when the schema changes.</summary>
public static partial class ErrorCodes
{
    /// <summary>The poll interval (or the longest retry wait) is not a positive duration.</summary>
    public const string InvalidWatchInterval = "DF-WATCH-001";

    /// <summary>The number of changes after which to stop watching is not a positive number.</summary>
    public const string InvalidMaxChanges = "DF-WATCH-002";
}
