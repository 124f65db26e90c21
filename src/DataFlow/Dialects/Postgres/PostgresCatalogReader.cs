using System.Runtime.ExceptionServices;
using Npgsql;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// Runs the catalog queries of <see cref="PostgresCatalogQueries"/> in two sessions at once, which share one
/// snapshot the way pg_dump's parallel workers do, and reads the result sets into a <see cref="PostgresCatalog"/>.
/// </summary>
/// <remarks>
/// <para>
/// The given connection exports its transaction's snapshot and reads the columns; a second connection from
/// the same pool imports the snapshot and reads everything else. The server runs the two halves on two
/// backends in parallel, and this side reads both streams at once. Four commands in all, whatever the
/// number of tables: the exporting batch, the import, the importing batch, and the exporter's COMMIT (sent
/// once the import is done, since an exported snapshot lives only as long as its transaction).
/// </para>
/// <para>
/// Both query batches are prepared: Npgsql keeps prepared statements on the pooled physical connection,
/// so that a later discovery skips parsing and, with <see cref="PostgresCatalogQueries.GenericPlans"/>,
/// planning too.
/// </para>
/// </remarks>
internal static partial class PostgresCatalogReader
{
    /// <summary>Reads the catalogs of the schemas named in <paramref name="schemas"/> (all user schemas when empty).</summary>
    /// <remarks>The batches bring their own BEGIN and COMMIT, so the connection must not be inside a transaction
    /// (discovery opens a connection of its own).</remarks>
    /// <param name="connection">An open connection outside any transaction; a second one is opened with its settings.</param>
    /// <param name="schemas">The schemas to read; empty for every user schema.</param>
    /// <param name="serverVersion">Chooses the SQL variant; the connection's server version when null.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<PostgresCatalog> ReadAsync(
        NpgsqlConnection connection, IReadOnlyList<string> schemas, Version? serverVersion = null, CancellationToken cancellationToken = default)
    {
        var version = serverVersion ?? connection.PostgreSqlVersion;
        var schemaArray = schemas.ToArray();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var second = connection.CloneWith(connection.ConnectionString);
        var secondOpen = CancelOnFailureAsync(second.OpenAsync(failed.Token), failed);

        PostgresCatalog catalog;
        await using (var batch = CreateBatch(
            connection, [PostgresCatalogQueries.Begin, .. Settings, PostgresCatalogQueries.ExportSnapshot], [PostgresCatalogQueries.Columns], schemaArray, version))
        {
            await batch.PrepareAsync(failed.Token);
            await using var reader = await batch.ExecuteReaderAsync(failed.Token);
            var snapshot = (await ReadAllAsync(reader, r => r.GetString(0), failed.Token))[0];

            // On the thread pool, so that the importing session is sent now rather than after the columns are read.
            var columns = Task.Run(() => CancelOnFailureAsync(ReadColumnsAsync(reader, failed.Token), failed), failed.Token);
            var imported = CancelOnFailureAsync(
                ReadImportingSessionAsync(second, secondOpen, snapshot, columns, schemaArray, version, failed.Token), failed);
            catalog = await WhenBothAsync(columns, imported, cancellationToken);
        }

        await using var commit = new NpgsqlCommand(PostgresCatalogQueries.Commit, connection);
        await commit.ExecuteNonQueryAsync(cancellationToken);
        return catalog;
    }

    private static IReadOnlyList<string> Settings { get; } =
        [PostgresCatalogQueries.PinSearchPath, PostgresCatalogQueries.NoJit, PostgresCatalogQueries.GenericPlans];

    private static async Task<Dictionary<uint, List<PostgresCatalog.ColumnRow>>> ReadColumnsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var columns = await ReadGroupedAsync(reader, ReadColumn, r => r.RelationOid, cancellationToken);
        foreach (var list in columns.Values)
        {
            // The scan returns a relation's columns in attnum order in practice; the order is not promised.
            if (!IsInAttributeOrder(list))
            {
                list.Sort((a, b) => a.AttributeNumber.CompareTo(b.AttributeNumber));
            }
        }

        await DrainAsync(reader, cancellationToken);
        return columns;
    }

    private static async Task<PostgresCatalog> ReadImportingSessionAsync(
        NpgsqlConnection connection, Task open, string snapshot, Task<Dictionary<uint, List<PostgresCatalog.ColumnRow>>> columns,
        string[] schemas, Version version, CancellationToken cancellationToken)
    {
        await open;
        await using (var import = new NpgsqlBatch(connection))
        {
            // Not prepared: the snapshot id differs every time.
            import.BatchCommands.Add(new NpgsqlBatchCommand(PostgresCatalogQueries.Begin));
            import.BatchCommands.Add(new NpgsqlBatchCommand(PostgresCatalogQueries.ImportSnapshot(snapshot)));
            await import.ExecuteNonQueryAsync(cancellationToken);
        }

        string[] queries =
        [
            PostgresCatalogQueries.Relations, PostgresCatalogQueries.Constraints, PostgresCatalogQueries.Indexes,
            PostgresCatalogQueries.IndexNames, PostgresCatalogQueries.Types, PostgresCatalogQueries.Enums,
            PostgresCatalogQueries.Domains, PostgresCatalogQueries.DomainChecks, PostgresCatalogQueries.Sequences,
            PostgresCatalogQueries.Comments, PostgresCatalogQueries.Unsupported,
        ];
        await using var batch = CreateBatch(connection, Settings, queries, schemas, version, PostgresCatalogQueries.Commit);
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

        var relations = await ReadAllAsync(reader, ReadRelation, cancellationToken);
        var constraints = await ReadGroupedAsync(reader, ReadConstraint, r => r.RelationOid, cancellationToken);
        var indexes = await ReadGroupedAsync(reader, ReadIndex, r => r.RelationOid, cancellationToken);
        var indexNames = await ReadAllAsync(reader, ReadIndexName, cancellationToken);
        var types = (await ReadAllAsync(reader, ReadType, cancellationToken)).ToDictionary(t => t.Oid);
        var enums = await ReadAllAsync(reader, ReadEnum, cancellationToken);
        var domains = await ReadAllAsync(reader, ReadDomain, cancellationToken);
        var domainChecks = await ReadGroupedAsync(reader, ReadDomainCheck, r => r.DomainOid, cancellationToken);
        var sequences = await ReadAllAsync(reader, ReadSequence, cancellationToken);
        var comments = (await ReadAllAsync(reader, ReadComment, cancellationToken)).ToDictionary(c => (c.Kind, c.Oid, c.SubId), c => c.Text);
        var unsupported = await ReadAllAsync(reader, ReadUnsupported, cancellationToken);
        await DrainAsync(reader, cancellationToken);

        return new PostgresCatalog
        {
            Relations = relations,
            ColumnsByRelation = await columns,
            ConstraintsByRelation = constraints,
            IndexesByRelation = indexes,
            Types = types,
            Enums = enums,
            Domains = domains,
            ChecksByDomain = domainChecks,
            Sequences = sequences,
            Comments = comments,
            Unsupported = unsupported,
            OperatorClassNames = indexNames.Where(n => n.Kind == 'o').ToDictionary(n => n.Oid, n => n.Name),
            CollationNames = indexNames.Where(n => n.Kind == 'c').ToDictionary(n => n.Oid, n => n.Name),
        };
    }

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

    private static bool IsInAttributeOrder(List<PostgresCatalog.ColumnRow> columns)
    {
        for (var i = 1; i < columns.Count; i++)
        {
            if (columns[i - 1].AttributeNumber > columns[i].AttributeNumber)
            {
                return false;
            }
        }

        return true;
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
        // BEGIN and the SET LOCALs return no rows: step over them to the next query's result set.
        while (reader.FieldCount == 0)
        {
            if (!await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException("The catalog batch returned fewer result sets than it has queries.");
            }
        }

        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        await reader.NextResultAsync(cancellationToken);
        return rows;
    }

    private static async Task<Dictionary<uint, List<T>>> ReadGroupedAsync<T>(
        NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, Func<T, uint> key, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<uint, List<T>>();
        foreach (var row in await ReadAllAsync(reader, read, cancellationToken))
        {
            if (!groups.TryGetValue(key(row), out var list))
            {
                groups[key(row)] = list = [];
            }

            list.Add(row);
        }

        return groups;
    }
}
