using System.Diagnostics;

namespace DataFlow.Bench.Workflows;

/// <summary>
/// Times a short synchronous operation: warm-up for <c>warmupMs</c> (so that tiered JIT has compiled the hot
/// path), then samples of at least <c>sampleMs</c>, each repeating the operation enough times to be measurable;
/// reports the median time and the bytes allocated per operation.
/// </summary>
internal sealed class Sampler(int runs, double sampleMs, double warmupMs)
{
    public Measurement Measure(Func<object> operation)
    {
        var warmup = Stopwatch.GetTimestamp();
        do
        {
            GC.KeepAlive(operation());
        }
        while (Stopwatch.GetElapsedTime(warmup).TotalMilliseconds < warmupMs);

        var probe = Stopwatch.GetTimestamp();
        GC.KeepAlive(operation());
        var once = Math.Max(Stopwatch.GetElapsedTime(probe).TotalMilliseconds, 0.0001);
        var repeat = (int)Math.Clamp(Math.Ceiling(sampleMs / once), 1, 1_000_000);
        var samples = new double[runs];
        long allocated = 0;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < repeat; i++)
            {
                GC.KeepAlive(operation());
            }

            samples[run] = Stopwatch.GetElapsedTime(started).TotalMilliseconds / repeat;
            allocated = (GC.GetAllocatedBytesForCurrentThread() - bytes) / repeat;
        }

        return new Measurement(RunTimer.Median(samples), samples.Min(), allocated, repeat);
    }

    /// <summary>The median time of single operations, each started after a full garbage collection (as a program building a workflow once would see it).</summary>
    public double MeasureColdMs(Func<object> operation)
    {
        var samples = new double[Math.Max(runs, 5)];
        for (var run = 0; run < samples.Length; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var started = Stopwatch.GetTimestamp();
            GC.KeepAlive(operation());
            samples[run] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return RunTimer.Median(samples);
    }
}
