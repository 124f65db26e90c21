using DataFlow.Connections;
using DataFlow.Dialects;

namespace DataFlow.Data;

/// <summary>
/// Opens the connections of a database's data operations through its dialect's <see cref="IDataConnector"/>, built
/// on first use (never in a constructor) and kept: per operation only a pooled connection is taken. One per
/// <see cref="DataFlowDb"/>, disposed with it.
/// </summary>
internal sealed partial class DataConnections : IAsyncDisposable
{
    private readonly Func<ConnectionTarget> _target;
    private readonly Func<ConnectionSettings> _settings;
    private IDataConnector? _connector;

    public DataConnections(Func<ConnectionTarget> target, Func<ConnectionSettings> settings)
    {
        _target = target;
        _settings = settings;
    }

    /// <summary>The parsed target (parsing the URL on first use).</summary>
    public ConnectionTarget Target => _target();

    /// <summary>The data dialect of the target's engine.</summary>
    public IDataDialect Dialect => DialectRegistry.DataFor(Target.Kind);

    /// <summary>Opens a session on a new connection (the database must exist).</summary>
    public async Task<DataSession> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connector = LazyInitializer.EnsureInitialized(ref _connector, () => Dialect.Connector(Target, _settings()));
        var connection = await connector.OpenAsync(cancellationToken);
        return new DataSession(connection, Dialect, ownsConnection: true);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _connector, null) is { } connector)
        {
            await connector.DisposeAsync();
        }
    }
}
