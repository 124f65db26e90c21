using System.Runtime.CompilerServices;
using DataFlow.CodeGen;
using DataFlow.Diff;
using DataFlow.Schema;
using DataFlow.Snapshots;

namespace DataFlow.Watch;

/// <summary>
/// The loop behind <see cref="DataFlowDb.WatchSchemaAsync"/>: scaffold once, then poll the dialect's cheap schema
/// fingerprint and, only when it moved, discover, compare the schema hash, diff and scaffold again. Connection
/// and catalog-read errors after the start are reported and retried with a growing wait. See ADR 0015.
/// </summary>
internal sealed class SchemaWatcher(DataFlowDb db, SchemaWatchOptions options, TimeProvider time)
{
    private readonly ScaffoldOptions _scaffold = options.Scaffold with { SourceUrl = options.Scaffold.SourceUrl ?? db.DisplayUrl };

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled (then throws <see cref="OperationCanceledException"/>).</summary>
    public async IAsyncEnumerable<SchemaWatchEvent> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The fingerprint is taken before discovering, so a change landing in between is seen by the next poll.
        var fingerprint = await db.GetSchemaFingerprintAsync(cancellationToken);
        var snapshotPath = Path.Combine(_scaffold.OutputDirectory, ModelScaffolder.SnapshotFileName);
        var previous = File.Exists(snapshotPath) ? await SchemaSnapshot.ReadAsync(snapshotPath, cancellationToken) : null;
        var state = await RegenerateAsync(previous, previous is null ? null : SchemaSnapshot.ComputeHash(previous), isInitial: true, cancellationToken);
        yield return state.Event!;

        var failures = 0;
        while (true)
        {
            await Task.Delay(failures == 0 ? options.Interval : RetryDelay(failures), time, cancellationToken);
            ModelsRegenerated? change = null;
            DataFlowException? error = null;
            try
            {
                (fingerprint, change, state) = await PollAsync(fingerprint, state, cancellationToken);
            }
            catch (DataFlowException ex) when (ex is DataFlowConnectionException or SchemaDiscoveryException)
            {
                error = ex;
            }

            if (error is not null)
            {
                failures++;
                yield return new SchemaWatchFailed { At = time.GetUtcNow(), Error = error, Attempt = failures, RetryIn = RetryDelay(failures) };
                continue;
            }

            if (failures > 0)
            {
                yield return new SchemaWatchResumed { At = time.GetUtcNow(), FailedAttempts = failures };
                failures = 0;
            }

            if (change is not null)
            {
                yield return change;
            }
        }
    }

    /// <summary>The wait after <paramref name="failures"/> failed attempts: twice the interval, doubling, capped.</summary>
    internal TimeSpan RetryDelay(int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures, 30));
        var delay = options.Interval.TotalMilliseconds * factor;
        return delay >= options.MaxRetryDelay.TotalMilliseconds ? options.MaxRetryDelay : TimeSpan.FromMilliseconds(delay);
    }

    private async Task<(string Fingerprint, ModelsRegenerated? Change, WatchState State)> PollAsync(string fingerprint, WatchState state, CancellationToken cancellationToken)
    {
        var current = await db.GetSchemaFingerprintAsync(cancellationToken);
        if (current == fingerprint)
        {
            return (fingerprint, null, state);
        }

        var next = await RegenerateAsync(state.Schema, state.Hash, isInitial: false, cancellationToken);
        return (current, next.Event, next);
    }

    /// <summary>Discovers; scaffolds when the schema hash differs from <paramref name="previousHash"/> (always on the first run).</summary>
    private async Task<WatchState> RegenerateAsync(DatabaseSchema? previous, string? previousHash, bool isInitial, CancellationToken cancellationToken)
    {
        var schema = await db.DiscoverSchemaAsync(options.Discovery, cancellationToken);
        var hash = SchemaSnapshot.ComputeHash(schema);
        if (!isInitial && hash == previousHash)
        {
            return new WatchState(schema, hash, null);
        }

        var result = await ModelScaffolder.WriteWithHashAsync(schema, _scaffold, hash, cancellationToken);
        var diff = previous is null ? null : SchemaDiffer.Compare(previous, schema);
        var change = new ModelsRegenerated { At = time.GetUtcNow(), IsInitial = isInitial, Diff = diff, Result = result, PreviousHash = previousHash };
        return new WatchState(schema, hash, change);
    }

    /// <summary>The last schema seen, its hash, and the event its scaffold produced (null when nothing changed).</summary>
    private sealed record WatchState(DatabaseSchema Schema, string Hash, ModelsRegenerated? Event);
}
