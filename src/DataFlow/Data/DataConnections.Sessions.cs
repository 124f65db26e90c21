using System.Collections.Concurrent;
using System.Data;
using DataFlow.Data.Transactions;

namespace DataFlow.Data;

/// <summary>Sessions for workflow nodes, and the transactions runs open.</summary>
internal sealed partial class DataConnections
{
    private readonly ConcurrentDictionary<string, RunTransaction> _runs = new(StringComparer.Ordinal);

    /// <summary>A session for a node of run <paramref name="runId"/>: the run's open transaction, else a new connection.</summary>
    public async Task<DataSession> SessionAsync(string? runId, CancellationToken cancellationToken = default) =>
        runId is not null && _runs.TryGetValue(runId, out var run)
            ? await run.LendAsync(cancellationToken)
            : await OpenAsync(cancellationToken);

    /// <summary>Opens the transaction of run <paramref name="runId"/>.</summary>
    /// <exception cref="DataFlowException">The run already has one (<c>DF-DATA-014</c>).</exception>
    public async Task BeginAsync(string runId, IsolationLevel isolation, TimeSpan? timeout, bool rollbackOnError, CancellationToken cancellationToken)
    {
        if (_runs.ContainsKey(runId))
        {
            throw DataFlowErrors.TransactionState(runId, "a transaction is already open in this run");
        }

        var session = await OpenAsync(cancellationToken);
        try
        {
            var transaction = await session.Connection.BeginTransactionAsync(isolation, cancellationToken);
            await Dialect.ApplyTransactionTimeoutAsync(session.Connection, transaction, timeout, cancellationToken);
            _runs[runId] = new RunTransaction(session, transaction, rollbackOnError);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>The open transaction of run <paramref name="runId"/>.</summary>
    /// <exception cref="DataFlowException">None is open (<c>DF-DATA-014</c>).</exception>
    public RunTransaction Current(string runId) =>
        _runs.TryGetValue(runId, out var run) ? run : throw DataFlowErrors.TransactionState(runId, "no transaction is open in this run (add a TransactionScopeNode before)");

    /// <summary>Commits or rolls back the run's transaction; false when none was open.</summary>
    public async Task<bool> EndAsync(string runId, bool commit)
    {
        if (!_runs.TryRemove(runId, out var run))
        {
            return false;
        }

        await run.EndAsync(commit);
        return true;
    }

    /// <summary>Ends whatever transaction run <paramref name="runId"/> left open: committed on success, rolled back on failure when asked.</summary>
    public Task EndRunAsync(string runId, bool failed) =>
        _runs.TryGetValue(runId, out var run) ? EndAsync(runId, commit: !(failed && run.RollbackOnError)) : Task.CompletedTask;
}
