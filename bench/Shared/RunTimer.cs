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

    /// <summary>
    /// Two operations measured in the same rounds: warm-ups and timed runs alternate between them, and the one that
    /// goes first alternates too (A B, B A, A B, ...), so that both see the same load, the same warm-up and the same
    /// state of the runtime's tiered compilation. Returns each one's run milliseconds and last result.
    /// </summary>
    public static async Task<(List<double> FirstMs, TFirst FirstLast, List<double> SecondMs, TSecond SecondLast)> MeasureInterleavedAsync<TFirst, TSecond>(
        Func<Task<TFirst>> first, Func<Task<TSecond>> second, int warmups, int runs)
    {
        var (firstLast, secondLast) = (default(TFirst)!, default(TSecond)!);
        for (var i = 0; i < warmups; i++)
        {
            firstLast = await first();
            secondLast = await second();
        }

        var (firstMs, secondMs) = (new List<double>(runs), new List<double>(runs));
        for (var i = 0; i < runs; i++)
        {
            if (i % 2 == 0)
            {
                firstLast = await TimeAsync(first, firstMs);
                secondLast = await TimeAsync(second, secondMs);
            }
            else
            {
                secondLast = await TimeAsync(second, secondMs);
                firstLast = await TimeAsync(first, firstMs);
            }
        }

        return (firstMs, firstLast, secondMs, secondLast);
    }

    private static async Task<T> TimeAsync<T>(Func<Task<T>> operation, List<double> timings)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await operation();
        timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    /// <summary>The median; the mean of the two middle values for an even count.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
