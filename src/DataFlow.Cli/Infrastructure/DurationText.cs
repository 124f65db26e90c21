using System.Globalization;

namespace DataFlow.Cli.Infrastructure;

/// <summary>Reads and writes short durations as typed on a command line: <c>500ms</c>, <c>2s</c>, <c>1.5s</c>, <c>1m</c>; a bare number is seconds.</summary>
internal static class DurationText
{
    private static readonly (string Unit, double Milliseconds)[] Units = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)];

    /// <summary>Parses <paramref name="text"/> into a positive duration.</summary>
    /// <exception cref="DataFlowConfigurationException"><c>DF-WATCH-001</c>: not a number with a known unit, or not positive.</exception>
    public static TimeSpan ParsePositive(string text)
    {
        var trimmed = text.Trim();
        var (unit, factor) = Units.Where(u => trimmed.EndsWith(u.Unit, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(u => u.Unit.Length)
            .FirstOrDefault(("", 1000));
        var number = trimmed[..^unit.Length];
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 || value * factor > TimeSpan.FromDays(1).TotalMilliseconds)
        {
            throw DataFlowErrors.InvalidWatchInterval(text);
        }

        return TimeSpan.FromMilliseconds(value * factor);
    }

    /// <summary>The shortest readable form: <c>500ms</c>, <c>2s</c>, <c>1.5s</c>, <c>2m</c>.</summary>
    public static string Format(TimeSpan value) => value.TotalMilliseconds switch
    {
        < 1000 => value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + "ms",
        < 120_000 => value.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + "s",
        _ => value.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture) + "m",
    };
}
