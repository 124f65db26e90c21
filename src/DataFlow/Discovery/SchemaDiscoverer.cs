using DataFlow.Connections;
using DataFlow.Dialects;
using DataFlow.Schema;
using Microsoft.Extensions.Logging;

namespace DataFlow.Discovery;

/// <summary>Connects, reads the catalogs through the dialect, filters and orders the result.</summary>
internal sealed class SchemaDiscoverer(ConnectionTarget target, ConnectionSettings settings, ILogger logger)
{
    private readonly IDatabaseDialect _dialect = DialectRegistry.For(target.Kind);

    public async Task<DatabaseSchema> DiscoverAsync(SchemaDiscoveryOptions options, CancellationToken cancellationToken = default)
    {
        // Validate the globs before touching the database, so bad input costs no connection.
        _ = options.IncludeTables.Concat(options.ExcludeTables).Select(p => new GlobPattern(p)).ToList();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Log.DiscoveryStarted(logger, target.DisplayUrl);
        await using var connection = await _dialect.OpenConnectionAsync(target, settings, mustExist: true, cancellationToken);
        var raw = await _dialect.ReadSchemaAsync(connection, target, options, cancellationToken);
        var schema = SchemaCanonicalizer.Canonicalize(SchemaFilter.Apply(raw, options));
        Log.DiscoveryFinished(logger, target.DisplayUrl, schema.Tables.Count, schema.Views.Count, schema.Warnings.Count,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return schema;
    }

    /// <summary>Opens a connection and reads the dialect's cheap schema fingerprint (see <see cref="IDatabaseDialect.ReadSchemaFingerprintAsync"/>).</summary>
    public async Task<string> FingerprintAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenConnectionAsync(target, settings, mustExist: true, cancellationToken);
        return await _dialect.ReadSchemaFingerprintAsync(connection, target, cancellationToken);
    }
}
