using Microsoft.Extensions.Logging;

namespace DataFlow.Workflows;

/// <summary>How a <see cref="LocalRuntime"/> runs workflows.</summary>
public sealed class LocalRuntimeOptions
{
    /// <summary>The default <see cref="MaxConcurrency"/>.</summary>
    public const int DefaultMaxConcurrency = 4;

    /// <summary>
    /// How many asynchronous nodes of independent branches may be in flight at once (default 4: enough to
    /// overlap a few independent queries, few enough not to drain a connection pool or crowd a server).
    /// 1 runs nodes one after another. Nodes that complete synchronously never use a thread of their own.
    /// </summary>
    public int MaxConcurrency { get; init; } = DefaultMaxConcurrency;

    /// <summary>Receives node started, finished, failed and skipped events; null for none.</summary>
    public IProgress<NodeProgress>? Progress { get; init; }

    /// <summary>Where the runtime and nodes log (category <c>DataFlow.Workflows</c>); null uses the database's logger factory, if any.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
