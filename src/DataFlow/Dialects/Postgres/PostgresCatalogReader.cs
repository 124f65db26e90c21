using System.Data;
using Npgsql;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// Runs the catalog queries of <see cref="PostgresCatalogQueries"/> and reads the result sets into a
/// <see cref="PostgresCatalog"/>: in two sessions at once that share one snapshot, the way pg_dump's parallel
/// workers do, or in one session when the pool cannot lend a second connection.
/// </summary>
/// <remarks>
/// <para>
/// With two sessions, the given connection exports its transaction's snapshot and reads the columns (the
/// largest result), and a second connection from the same pool imports the snapshot and reads everything
/// else: the server runs the two halves on two backends in parallel, and this side reads both streams at
/// once. Four commands in all, whatever the number of tables: the exporting batch, the import, the importing
/// batch, and the exporter's COMMIT (sent once the import is done: an exported snapshot lives only as long
/// as its transaction). One session is one batch, one command.
/// </para>
/// <para>
/// The query batches are prepared: Npgsql keeps prepared statements on the pooled physical connection, so
/// that a later discovery skips parsing and, with <see cref="PostgresCatalogQueries.GenericPlans"/>, planning.
/// </para>
/// <para>
/// The results are read with <see cref="CommandBehavior.SequentialAccess"/> (every row reader takes each field
/// once, in order): Npgsql then decodes a row from what has arrived rather than first buffering it whole, and the
/// reading side wakes up for the network less often (context switches per discovery at 1,000 tables, by round:
/// 5,400–16,900 before, 1,300–8,400 after; docs/benchmarks.md, "Session 4").
/// </para>
/// </remarks>
internal static partial class PostgresCatalogReader
{
    private static readonly string[] Settings =
        [PostgresCatalogQueries.PinSearchPath, PostgresCatalogQueries.NoJit, PostgresCatalogQueries.GenericPlans];

    /// <summary>Every query but <see cref="PostgresCatalogQueries.Columns"/>, in the order <see cref="ReadOthersAsync"/> reads them.</summary>
    private static readonly string[] OtherQueries =
    [
        PostgresCatalogQueries.Relations, PostgresCatalogQueries.SerialColumns, PostgresCatalogQueries.Constraints, PostgresCatalogQueries.Indexes,
        PostgresCatalogQueries.IndexNames, PostgresCatalogQueries.Types, PostgresCatalogQueries.Enums,
        PostgresCatalogQueries.Domains, PostgresCatalogQueries.DomainChecks, PostgresCatalogQueries.Sequences,
        PostgresCatalogQueries.Comments, PostgresCatalogQueries.Unsupported,
    ];

    /// <summary>Reads the catalogs of the schemas named in <paramref name="schemas"/> (all user schemas when empty).</summary>
    /// <remarks>The batches bring their own BEGIN and COMMIT, so the connection must not be inside a transaction
    /// (discovery opens a connection of its own).</remarks>
    /// <param name="connection">An open connection outside any transaction; a second one is opened with its settings.</param>
    /// <param name="schemas">The schemas to read; empty for every user schema.</param>
    /// <param name="serverVersion">Chooses the SQL variant; the connection's server version when null.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static Task<PostgresCatalog> ReadAsync(
        NpgsqlConnection connection, IReadOnlyList<string> schemas, Version? serverVersion = null, CancellationToken cancellationToken = default)
    {
        var version = serverVersion ?? connection.PostgreSqlVersion;
        var schemaArray = schemas.ToArray();
        return CanLendSecondConnection(connection)
            ? ReadInTwoSessionsAsync(connection, schemaArray, version, cancellationToken)
            : ReadInOneSessionAsync(connection, schemaArray, version, cancellationToken);
    }

    /// <summary>
    /// False when the pool holds a single connection: the second one would wait for the first, which waits
    /// for the second. (Without pooling, the second is simply a new connection.)
    /// </summary>
    private static bool CanLendSecondConnection(NpgsqlConnection connection)
    {
        var settings = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        return !settings.Pooling || settings.MaxPoolSize >= 2;
    }

    private static async Task<PostgresCatalog> ReadInOneSessionAsync(
        NpgsqlConnection connection, string[] schemas, Version version, CancellationToken cancellationToken)
    {
        await using var batch = CreateBatch(
            connection, [PostgresCatalogQueries.Begin, .. Settings], [PostgresCatalogQueries.Columns, .. OtherQueries], schemas, version,
            PostgresCatalogQueries.Commit);
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var columns = await ReadColumnsAsync(reader, cancellationToken);
        return await ReadOthersAsync(reader, Task.FromResult(columns), cancellationToken);
    }

    private static async Task<PostgresCatalog> ReadInTwoSessionsAsync(
        NpgsqlConnection connection, string[] schemas, Version version, CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var second = connection.CloneWith(connection.ConnectionString);
        var secondOpen = CancelOnFailureAsync(second.OpenAsync(failed.Token), failed);

        PostgresCatalog catalog;
        await using (var batch = CreateBatch(
            connection, [PostgresCatalogQueries.Begin, .. Settings, PostgresCatalogQueries.ExportSnapshot], [PostgresCatalogQueries.Columns], schemas, version))
        {
            await batch.PrepareAsync(failed.Token);
            await using var reader = await batch.ExecuteReaderAsync(CommandBehavior.SequentialAccess, failed.Token);
            var snapshot = (await ReadAllAsync(reader, r => r.GetString(0), failed.Token))[0];

            // On the thread pool, so that the importing session is sent now rather than after the columns are read.
            var columns = Task.Run(() => CancelOnFailureAsync(ReadColumnsToEndAsync(reader, failed.Token), failed), failed.Token);
            var others = CancelOnFailureAsync(ReadImportingSessionAsync(second, secondOpen, snapshot, columns, schemas, version, failed.Token), failed);
            catalog = await WhenBothAsync(columns, others, cancellationToken);
        }

        await using var commit = new NpgsqlCommand(PostgresCatalogQueries.Commit, connection);
        await commit.ExecuteNonQueryAsync(cancellationToken);
        return catalog;
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

        await using var batch = CreateBatch(connection, Settings, OtherQueries, schemas, version, PostgresCatalogQueries.Commit);
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        return await ReadOthersAsync(reader, columns, cancellationToken);
    }

    private static async Task<Dictionary<uint, List<PostgresCatalog.ColumnRow>>> ReadColumnsToEndAsync(
        NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var columns = await ReadColumnsAsync(reader, cancellationToken);
        await DrainAsync(reader, cancellationToken);
        return columns;
    }

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

        return columns;
    }

    /// <summary>Reads the results of <see cref="OtherQueries"/>, then the rest of the batch, and completes the catalog with <paramref name="columns"/>.</summary>
    private static async Task<PostgresCatalog> ReadOthersAsync(
        NpgsqlDataReader reader, Task<Dictionary<uint, List<PostgresCatalog.ColumnRow>>> columns, CancellationToken cancellationToken)
    {
        var relations = await ReadAllAsync(reader, ReadRelation, cancellationToken);
        var serialColumns = (await ReadAllAsync(reader, ReadSerialColumn, cancellationToken)).ToHashSet();
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
            SerialColumns = serialColumns,
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
}
