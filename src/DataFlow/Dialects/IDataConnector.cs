using System.Data.Common;

namespace DataFlow.Dialects;

/// <summary>
/// Opens the connections of one database's data operations. Built once per <see cref="DataFlowDb"/> (on first use),
/// so that the per-operation cost is only taking a connection from the driver's pool: the connection string is
/// built, and the target checked, once.
/// </summary>
internal interface IDataConnector : IAsyncDisposable
{
    /// <summary>Opens a connection, prepared for the data dialect; driver failures become <see cref="DataFlowException"/>s.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
