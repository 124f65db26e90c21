namespace DataFlow.Data;

/// <summary>Sessions for workflow nodes.</summary>
internal sealed partial class DataConnections
{
    /// <summary>A session for a node of run <paramref name="runId"/> (a new connection for now).</summary>
    public Task<DataSession> SessionAsync(string? runId, CancellationToken cancellationToken = default) => OpenAsync(cancellationToken);
}
