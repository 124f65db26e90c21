using System.Diagnostics;
using Npgsql;

namespace DataFlow.Bench.Availability;

/// <summary>
/// Writers on their own connections, each a loop of single-row statements (an insert, then an update of a random
/// existing row) with a short pause, recording every statement's latency until stopped.
/// </summary>
internal sealed class WriterLoad(string connectionString, int writers, int rows, int pauseMilliseconds, Stopwatch clock)
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task<List<(double At, double Ms)>>> _tasks = [];

    public void Start()
    {
        for (var w = 0; w < writers; w++)
        {
            _tasks.Add(Task.Run(() => WriteAsync(_stop.Token)));
        }
    }

    /// <summary>Stops the writers and sums up the statements that started at or after <paramref name="from"/> (ms on the run clock).</summary>
    public async Task<WriterStats> StopAsync(double from)
    {
        await _stop.CancelAsync();
        var samples = (await Task.WhenAll(_tasks)).SelectMany(l => l).Where(s => s.At >= from).ToList();
        var all = samples.Select(s => s.Ms).Order().ToList();
        return new WriterStats(all.Count, all.Count == 0 ? 0 : all[^1], all.Count == 0 ? 0 : all[(int)Math.Min(all.Count - 1, all.Count * 0.99)], all.Count(l => l > 200),
            [.. samples.OrderByDescending(s => s.Ms).Take(5)]);
    }

    private async Task<List<(double At, double Ms)>> WriteAsync(CancellationToken stop)
    {
        var latencies = new List<(double At, double Ms)>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var insert = new NpgsqlCommand("INSERT INTO accounts (amount, note) VALUES ($1, 'w')", connection) { Parameters = { new() { Value = 7 } } };
        await using var update = new NpgsqlCommand("UPDATE accounts SET note = 'u' WHERE id = $1", connection) { Parameters = { new() { Value = 1L } } };
        var watch = new Stopwatch();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var command = i % 2 == 0 ? insert : update;
            update.Parameters[0].Value = (long)Random.Shared.Next(1, rows);
            var at = clock.Elapsed.TotalMilliseconds;
            watch.Restart();
            await command.ExecuteNonQueryAsync(CancellationToken.None);
            latencies.Add((at, watch.Elapsed.TotalMilliseconds));
            try
            {
                await Task.Delay(pauseMilliseconds, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return latencies;
    }
}

/// <summary>What the writers saw.</summary>
/// <param name="Statements">Statements run.</param>
/// <param name="LongestMs">The longest statement.</param>
/// <param name="P99Ms">The 99th percentile.</param>
/// <param name="Over200Ms">Statements over 200 ms.</param>
/// <param name="Worst">The five longest: when they started (ms on the run clock) and how long they took.</param>
internal sealed record WriterStats(int Statements, double LongestMs, double P99Ms, int Over200Ms, IReadOnlyList<(double At, double Ms)> Worst);
