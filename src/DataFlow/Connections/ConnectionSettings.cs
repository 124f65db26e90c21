namespace DataFlow.Connections;

/// <summary>Timeouts and identification applied to every connection DataFlow opens.</summary>
public sealed record ConnectionSettings
{
    /// <summary>How long to wait for a connection.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one command may run.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The application name reported to the server (PostgreSQL <c>application_name</c>).</summary>
    public string ApplicationName { get; init; } = "dataflow";

    /// <summary>The defaults.</summary>
    public static ConnectionSettings Default { get; } = new();
}
