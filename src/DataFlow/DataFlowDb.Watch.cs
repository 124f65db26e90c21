using DataFlow.CodeGen;
using DataFlow.Discovery;
using DataFlow.Watch;

namespace DataFlow;

/// <summary>Watching the schema: a cheap change fingerprint and the regenerate-on-change loop.</summary>
public sealed partial class DataFlowDb
{
    /// <summary>
    /// A short text that changes whenever the schema may have changed, read with one small query (PostgreSQL: row
    /// counts and <c>xmin</c> sums of the catalogs discovery reads; SQLite: <c>PRAGMA schema_version</c>). Equal
    /// values mean no schema change; a new value only means "discover again" (it can also move for changes that
    /// discovery does not report, such as <c>TRUNCATE</c> or <c>GRANT</c> on PostgreSQL).
    /// </summary>
    /// <exception cref="DataFlowException">The database cannot be reached or read.</exception>
    public Task<string> GetSchemaFingerprintAsync(CancellationToken cancellationToken = default) =>
        new SchemaDiscoverer(Target, ConnectionSettings, _logger).FingerprintAsync(cancellationToken);

    /// <summary>
    /// Scaffolds the models once, then polls the schema fingerprint every <see cref="SchemaWatchOptions.Interval"/>
    /// and, when it moved and the schema hash changed, scaffolds again (only changed files are rewritten; files
    /// outside <c>Generated/</c> are never touched), yielding a <see cref="ModelsRegenerated"/> with the semantic
    /// diff. After the first scaffold, connection and catalog-read errors yield <see cref="SchemaWatchFailed"/> and
    /// are retried with a growing wait; other errors end the enumeration. Runs until cancelled
    /// (<see cref="OperationCanceledException"/>) or until the caller stops enumerating.
    /// </summary>
    /// <example>
    /// <code>
    /// await foreach (var change in db.WatchSchemaAsync(new SchemaWatchOptions { Scaffold = new() { OutputDirectory = "Models" } }, token))
    /// {
    ///     if (change is ModelsRegenerated { Diff: { } diff }) Console.WriteLine($"{diff.Changes.Count} changes");
    /// }
    /// </code>
    /// </example>
    /// <exception cref="DataFlowConfigurationException"><c>DF-WATCH-001</c>: the interval or retry delay is not positive (thrown at once).</exception>
    /// <exception cref="DataFlowException">The first discovery or scaffold failed (e.g. <c>DF-GEN-001</c>, a connection error).</exception>
    public IAsyncEnumerable<SchemaWatchEvent> WatchSchemaAsync(SchemaWatchOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Interval <= TimeSpan.Zero || options.MaxRetryDelay <= TimeSpan.Zero)
        {
            throw DataFlowErrors.InvalidWatchInterval(options.Interval <= TimeSpan.Zero ? options.Interval : options.MaxRetryDelay);
        }

        ModelScaffolder.CheckNamespace(options.Scaffold.Namespace);
        return new SchemaWatcher(this, options, TimeProvider.System).WatchAsync(cancellationToken);
    }
}
