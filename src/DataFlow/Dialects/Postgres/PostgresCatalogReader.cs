using Npgsql;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// Sends every catalog query of <see cref="PostgresCatalogQueries"/> in one <see cref="NpgsqlBatch"/> (one
/// round trip, whatever the number of tables) and reads the result sets into a <see cref="PostgresCatalog"/>.
/// </summary>
internal static partial class PostgresCatalogReader
{
    /// <summary>Reads the catalogs of the schemas named in <paramref name="schemas"/> (all user schemas when empty).</summary>
    /// <remarks>The batch brings its own BEGIN and COMMIT, so the connection must not be inside a transaction
    /// (discovery opens a connection of its own).</remarks>
    /// <param name="connection">An open connection outside any transaction.</param>
    /// <param name="schemas">The schemas to read; empty for every user schema.</param>
    /// <param name="serverVersion">Chooses the SQL variant; the connection's server version when null.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    public static async Task<PostgresCatalog> ReadAsync(
        NpgsqlConnection connection, IReadOnlyList<string> schemas, Version? serverVersion = null, CancellationToken cancellationToken = default)
    {
        var queries = PostgresCatalogQueries.For(serverVersion ?? connection.PostgreSqlVersion);
        await using var batch = CreateBatch(connection, queries, schemas.ToArray());
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

        var relations = await ReadAllAsync(reader, ReadRelation, cancellationToken);
        var columns = await ReadGroupedAsync(reader, ReadColumn, r => r.RelationOid, cancellationToken);
        var constraints = await ReadGroupedAsync(reader, ReadConstraint, r => r.RelationOid, cancellationToken);
        var indexes = await ReadGroupedAsync(reader, ReadIndex, r => r.RelationOid, cancellationToken);
        var types = (await ReadAllAsync(reader, ReadType, cancellationToken)).ToDictionary(t => t.Oid);
        var enums = await ReadAllAsync(reader, ReadEnum, cancellationToken);
        var domains = await ReadAllAsync(reader, ReadDomain, cancellationToken);
        var domainChecks = await ReadGroupedAsync(reader, ReadDomainCheck, r => r.DomainOid, cancellationToken);
        var sequences = await ReadAllAsync(reader, ReadSequence, cancellationToken);
        var comments = (await ReadAllAsync(reader, ReadComment, cancellationToken)).ToDictionary(c => (c.Kind, c.Oid, c.SubId), c => c.Text);
        var unsupported = await ReadAllAsync(reader, ReadUnsupported, cancellationToken);

        // Drains the COMMIT, so that an error there surfaces here rather than on dispose.
        while (await reader.NextResultAsync(cancellationToken))
        {
        }

        return new PostgresCatalog
        {
            Relations = relations,
            ColumnsByRelation = columns,
            ConstraintsByRelation = constraints,
            IndexesByRelation = indexes,
            Types = types,
            Enums = enums,
            Domains = domains,
            ChecksByDomain = domainChecks,
            Sequences = sequences,
            Comments = comments,
            Unsupported = unsupported,
        };
    }

    private static NpgsqlBatch CreateBatch(NpgsqlConnection connection, IReadOnlyList<string> queries, string[] schemas)
    {
        var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(PostgresCatalogQueries.Begin));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(PostgresCatalogQueries.PinSearchPath));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(PostgresCatalogQueries.NoJit));
        foreach (var sql in queries)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter<string[]>(PostgresCatalogQueries.SchemasParameter, schemas));
            batch.BatchCommands.Add(command);
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand(PostgresCatalogQueries.Commit));
        return batch;
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
