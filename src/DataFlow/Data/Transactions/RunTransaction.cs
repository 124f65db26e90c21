using System.Data.Common;

namespace DataFlow.Data.Transactions;

/// <summary>
/// The transaction a workflow run opened with <c>TransactionScopeNode</c>: one connection, one transaction, used by
/// every model node of that run, one node at a time (drivers do not share a connection between threads).
/// </summary>
internal sealed class RunTransaction(DataSession session, DbTransaction transaction, bool rollbackOnError)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The owning session (connection and transaction).</summary>
    public DataSession Session { get; } = session;

    /// <summary>The transaction.</summary>
    public DbTransaction Transaction { get; } = transaction;

    /// <summary>Roll back when the run fails (else commit what the run wrote).</summary>
    public bool RollbackOnError { get; } = rollbackOnError;

    /// <summary>A session on the transaction for one node; disposing it lets the next node in.</summary>
    public async Task<DataSession> LendAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new DataSession(Session.Connection, Session.Dialect, ownsConnection: false, Transaction, () => _gate.Release());
    }

    /// <summary>Commits or rolls back, then closes the connection.</summary>
    public async Task EndAsync(bool commit)
    {
        await _gate.WaitAsync();
        try
        {
            if (commit)
            {
                await Transaction.CommitAsync();
            }
            else
            {
                await Transaction.RollbackAsync();
            }
        }
        finally
        {
            await Transaction.DisposeAsync();
            await Session.DisposeAsync();
            _gate.Release();
        }
    }
}
