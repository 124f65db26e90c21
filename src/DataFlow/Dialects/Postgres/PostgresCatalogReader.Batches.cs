using System.Runtime.ExceptionServices;
using Npgsql;

namespace DataFlow.Dialects.Postgres;

internal static partial class PostgresCatalogReader
{
    private static NpgsqlBatch CreateBatch(
        NpgsqlConnection connection, IReadOnlyList<string> prologue, IReadOnlyList<string> queries, string[] schemas, Version version,
        string? epilogue = null)
    {
        var batch = new NpgsqlBatch(connection);
        foreach (var sql in prologue)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
        }

        foreach (var sql in queries)
        {
            var command = new NpgsqlBatchCommand(PostgresCatalogQueries.ForServer(sql, version));
            command.Parameters.Add(new NpgsqlParameter<string[]>(PostgresCatalogQueries.SchemasParameter, schemas));
            batch.BatchCommands.Add(command);
        }

        if (epilogue is not null)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(epilogue));
        }

        return batch;
    }

    // Drains what is left (the COMMIT), so that an error there surfaces here rather than on dispose.
    private static async Task DrainAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        while (await reader.NextResultAsync(cancellationToken))
        {
        }
    }

    /// <summary>When one session fails, cancels the other, so that it does not run on for nothing.</summary>
    private static async Task<T> CancelOnFailureAsync<T>(Task<T> task, CancellationTokenSource failed)
    {
        try
        {
            return await task;
        }
        catch
        {
            await failed.CancelAsync();
            throw;
        }
    }

    private static async Task CancelOnFailureAsync(Task task, CancellationTokenSource failed) =>
        await CancelOnFailureAsync(WithResult(task), failed);

    private static async Task<bool> WithResult(Task task)
    {
        await task;
        return true;
    }

    /// <summary>
    /// Waits for both sessions; when one failed, throws its error rather than the cancellation it caused
    /// in the other.
    /// </summary>
    private static async Task<T> WhenBothAsync<TFirst, T>(Task<TFirst> first, Task<T> second, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(first, second);
            return second.Result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var cause = new Task[] { first, second }
                .Select(t => t.Exception?.InnerException)
                .FirstOrDefault(e => e is not null and not OperationCanceledException);
            if (cause is not null)
            {
                ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }
    }

    private static async Task<List<T>> ReadAllAsync<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await SkipToRowsAsync(reader, cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        await reader.NextResultAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// Reads a result set into lists by <paramref name="key"/>. The catalogs return an object's rows one after the
    /// other in practice (not promised: a later run of a key is appended to its list), so each run is gathered in
    /// one scratch list and copied into a list of its exact size: no list of every row, no list growing by doubling.
    /// </summary>
    internal static async Task<Dictionary<uint, List<T>>> ReadGroupedAsync<T>(
        NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, Func<T, uint> key, CancellationToken cancellationToken)
    {
        await SkipToRowsAsync(reader, cancellationToken);
        var groups = new Dictionary<uint, List<T>>();
        var run = new List<T>();
        var runKey = 0u;
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = read(reader);
            var rowKey = key(row);
            if (run.Count > 0 && rowKey != runKey)
            {
                AddRun(groups, runKey, run);
            }

            runKey = rowKey;
            run.Add(row);
        }

        if (run.Count > 0)
        {
            AddRun(groups, runKey, run);
        }

        await reader.NextResultAsync(cancellationToken);
        return groups;
    }

    private static void AddRun<T>(Dictionary<uint, List<T>> groups, uint key, List<T> run)
    {
        if (groups.TryGetValue(key, out var list))
        {
            list.AddRange(run);
        }
        else
        {
            list = new List<T>(run.Count);
            list.AddRange(run);
            groups.Add(key, list);
        }

        run.Clear();
    }

    // BEGIN and the SET LOCALs return no rows: steps over them to the next query's result set.
    private static async Task SkipToRowsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        while (reader.FieldCount == 0)
        {
            if (!await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException("The catalog batch returned fewer result sets than it has queries.");
            }
        }
    }
}
