using System.Data.Common;
using System.Globalization;
using DataFlow.Data;

namespace DataFlow.Safety;

/// <summary>
/// Runs the safety kit's DDL through the guarded executor so that writers never wait long: on PostgreSQL each
/// statement runs in its own transaction after <c>SET LOCAL lock_timeout</c>; when the lock is not granted in time
/// (SQLSTATE 55P03) the statement is rolled back, the writers queued behind it go on, and it is retried after a short,
/// growing pause. On SQLite (one writer at a time) statements run as they are.
/// </summary>
internal sealed class SafeDdl(DataFlowDb db, DataSession session, TimeSpan lockTimeout, int attempts)
{
    private readonly List<string> _statements = [];

    /// <summary>The statements that ran, in order.</summary>
    public IReadOnlyList<string> Statements => _statements;

    /// <summary>Attempts that hit the lock timeout and were retried.</summary>
    public int Retries { get; private set; }

    private bool IsPostgres => session.Dialect.Name == "postgresql";

    /// <summary>Runs <paramref name="statement"/> (retrying lock timeouts on PostgreSQL).</summary>
    public async Task RunAsync(string statement, string purpose, CancellationToken cancellationToken)
    {
        if (!IsPostgres)
        {
            await db.SchemaChanges.ExecuteAsync(session, statement, purpose, cancellationToken);
            _statements.Add(statement);
            return;
        }

        var timeout = "SET LOCAL lock_timeout = '" + ((long)lockTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms'";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SchemaChanges.ExecuteInTransactionAsync(session, [timeout, statement], purpose, cancellationToken);
                _statements.Add(statement);
                return;
            }
            catch (DbException e) when (e.SqlState == "55P03")
            {
                if (attempt >= Math.Max(1, attempts))
                {
                    throw DataFlowErrors.LockNotAcquired(statement, attempt, lockTimeout, e);
                }

                Retries++;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(25 * attempt, 500) + Random.Shared.Next(25)), cancellationToken);
            }
        }
    }
}
