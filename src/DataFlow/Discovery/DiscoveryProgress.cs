namespace DataFlow.Discovery;

/// <summary>A progress report from schema discovery.</summary>
/// <param name="Stage">What is being done, e.g. <c>reading columns</c>.</param>
/// <param name="Completed">Stages done so far.</param>
/// <param name="Total">Stages in all.</param>
public sealed record DiscoveryProgress(string Stage, int Completed, int Total);
