using DataFlow.CodeGen;
using DataFlow.Discovery;

namespace DataFlow.Watch;

/// <summary>What <see cref="DataFlowDb.WatchSchemaAsync"/> regenerates and how often it looks.</summary>
public sealed record SchemaWatchOptions
{
    /// <summary>The default time between two polls: 2 seconds.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(2);

    /// <summary>The default longest wait between two attempts while the database cannot be reached: 30 seconds.</summary>
    public static readonly TimeSpan DefaultMaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>Where and how the models are written on every change (the whole schema; <see cref="ScaffoldOptions.Tables"/> applies as for a scaffold).</summary>
    public required ScaffoldOptions Scaffold { get; init; }

    /// <summary>What to discover (e.g. some PostgreSQL schemas). Default: everything.</summary>
    public SchemaDiscoveryOptions Discovery { get; init; } = SchemaDiscoveryOptions.Default;

    /// <summary>The time between two polls of the schema fingerprint. Must be positive.</summary>
    public TimeSpan Interval { get; init; } = DefaultInterval;

    /// <summary>
    /// The longest wait between two attempts after the database could not be reached: the wait starts at twice
    /// <see cref="Interval"/> and doubles per failed attempt up to this.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; init; } = DefaultMaxRetryDelay;
}
