using System.Diagnostics;

namespace DataFlow.Bench;

/// <summary>Whole-operation timing: warm up, then time each run with a <see cref="Stopwatch"/>.</summary>
internal static class RunTimer
{
    /// <summary>Runs <paramref name="operation"/> warm-up times untimed, then times it; returns each run's milliseconds and the last result.</summary>
    public static async Task<(List<double> RunsMs, T Last)> MeasureAsync<T>(Func<Task<T>> operation, int warmups, int runs)
    {
        var last = default(T)!;
        for (var i = 0; i < warmups; i++)
        {
            last = await operation();
        }

        var timings = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            last = await operation();
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (timings, last);
    }

    /// <summary>The median; the mean of the two middle values for an even count.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
