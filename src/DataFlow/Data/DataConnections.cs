using DataFlow.Connections;
using DataFlow.Dialects;

namespace DataFlow.Data;

/// <summary>
/// Opens the connections of a database's data operations, through its dialect, and prepares them for the data
/// dialect. One per <see cref="DataFlowDb"/>; opening happens on first use, never in a constructor.
/// </summary>
internal sealed partial class DataConnections
{
    private readonly Func<ConnectionTarget> _target;
    private readonly Func<ConnectionSettings> _settings;

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
        var target = Target;
        var connection = await DialectRegistry.For(target.Kind).OpenConnectionAsync(target, _settings(), mustExist: true, cancellationToken);
        try
        {
            Dialect.Prepare(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new DataSession(connection, Dialect, ownsConnection: true);
    }
}
