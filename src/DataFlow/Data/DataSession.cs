using System.Data.Common;
using DataFlow.Dialects;

namespace DataFlow.Data;

/// <summary>
/// A connection (and possibly a transaction) that data operations run on. A session that owns its connection
/// closes it when disposed; a session lent by a workflow transaction does not.
/// </summary>
internal sealed class DataSession : IAsyncDisposable
{
    private readonly bool _ownsConnection;
    private readonly Action? _onDispose;

    public DataSession(DbConnection connection, IDataDialect dialect, bool ownsConnection, DbTransaction? transaction = null, Action? onDispose = null)
    {
        Connection = connection;
        Dialect = dialect;
        _ownsConnection = ownsConnection;
        Transaction = transaction;
        _onDispose = onDispose;
    }

    /// <summary>The open connection.</summary>
    public DbConnection Connection { get; }

    /// <summary>The dialect that binds parameters.</summary>
    public IDataDialect Dialect { get; }

    /// <summary>The transaction in force, or null.</summary>
    public DbTransaction? Transaction { get; private set; }

    /// <summary>A command for <paramref name="sql"/> with its parameters, in the session's transaction.</summary>
    public DbCommand Command(SqlBuilder sql) => Command(sql.Text, sql.Arguments);

    /// <summary>A command for <paramref name="text"/> with <paramref name="arguments"/>, in the session's transaction.</summary>
    public DbCommand Command(string text, IReadOnlyList<SqlArgument> arguments)
    {
        var command = Connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = Transaction;
        for (var i = 0; i < arguments.Count; i++)
        {
            command.Parameters.Add(Dialect.CreateParameter(i, arguments[i]));
        }

        return command;
    }

    /// <summary>
    /// Runs <paramref name="work"/> atomically: in the session's transaction when there is one, else in a new
    /// transaction committed when the work returns and rolled back when it throws.
    /// </summary>
    public async Task<T> AtomicallyAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (Transaction is not null)
        {
            return await work();
        }

        Transaction = await Connection.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await Transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            await Transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            await Transaction.DisposeAsync();
            Transaction = null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_ownsConnection)
        {
            await Connection.DisposeAsync();
        }

        _onDispose?.Invoke();
    }
}
