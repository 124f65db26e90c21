using System.Globalization;

namespace DataFlow;

/// <summary>Watch errors (<c>DF-WATCH-…</c>).</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowConfigurationException InvalidWatchInterval(string text) => new(
        ErrorCodes.InvalidWatchInterval,
        $"'{text}' is not a valid poll interval: it must be a positive duration.",
        "Give a number with a unit: 500ms, 2s, 1m (a plain number means seconds).");

    public static DataFlowConfigurationException InvalidWatchInterval(TimeSpan value) =>
        InvalidWatchInterval(value.ToString("c", CultureInfo.InvariantCulture));

    public static DataFlowConfigurationException InvalidMaxChanges(int value) => new(
        ErrorCodes.InvalidMaxChanges,
        $"--max-changes {value.ToString(CultureInfo.InvariantCulture)} is not valid: it must be 1 or more.",
        "Leave --max-changes out to watch until Ctrl+C, or give how many changes to regenerate before exiting.");
}
