using System.Data.Common;
using DataFlow.Connections;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Dialects;

/// <summary>
/// What each database engine implements. Adding a dialect is adding a folder with one of these;
/// the core never switches on the engine.
/// </summary>
internal interface IDatabaseDialect
{
    /// <summary>The engine.</summary>
    DatabaseKind Kind { get; }

    /// <summary>The dialect name written into snapshots: <c>sqlite</c> or <c>postgresql</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Opens a connection. With <paramref name="mustExist"/> the database must already exist
    /// (a missing SQLite file is <see cref="ErrorCodes.DatabaseFileNotFound"/>, never created).
    /// Driver errors are translated into <see cref="DataFlowException"/>s that name the masked URL.
    /// </summary>
    Task<DbConnection> OpenConnectionAsync(ConnectionTarget target, ConnectionSettings settings, bool mustExist, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the whole schema with a fixed number of catalog queries, whatever the number of tables.
    /// Applies <see cref="SchemaDiscoveryOptions.Schemas"/>; table filters and ordering are applied by the caller.
    /// Never changes the database. May close <paramref name="connection"/> once it has read what it needs (the
    /// caller still disposes it); it is closed by the time the returned task completes.
    /// </summary>
    Task<DatabaseSchema> ReadSchemaAsync(DbConnection connection, ConnectionTarget target, SchemaDiscoveryOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a short text that changes whenever the schema may have changed, far more cheaply than
    /// <see cref="ReadSchemaAsync"/> (one small query, no model built). Equal fingerprints mean "no schema change";
    /// a different one only means "discover again": it may also move for changes discovery does not report.
    /// </summary>
    Task<string> ReadSchemaFingerprintAsync(DbConnection connection, ConnectionTarget target, CancellationToken cancellationToken = default);

    /// <summary>Quotes an identifier for this engine (<c>"order"</c>).</summary>
    string QuoteIdentifier(string identifier);

    /// <summary>Renders this engine's schema-changing SQL.</summary>
    Migrations.Ddl.IDdlRenderer Ddl { get; }
}
