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

    /// <summary>Adds a statement run elsewhere (by another helper on the same change) to <see cref="Statements"/>.</summary>
    public void Record(string statement) => _statements.Add(statement);

    /// <summary>Attempts that hit the lock timeout and were retried.</summary>
    public int Retries { get; private set; }

    private bool IsPostgres => session.Dialect.Name == "postgresql";

    /// <summary>Runs <paramref name="statement"/> (retrying lock timeouts on PostgreSQL).</summary>
    public Task RunAsync(string statement, string purpose, CancellationToken cancellationToken) => RunAllAsync([statement], purpose, cancellationToken);

    /// <summary>Runs <paramref name="statements"/> in one transaction (retrying it whole on a PostgreSQL lock timeout); on SQLite one by one.</summary>
    public async Task RunAllAsync(IReadOnlyList<string> statements, string purpose, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return;
        }

        if (!IsPostgres)
        {
            foreach (var statement in statements)
            {
                await db.SchemaChanges.ExecuteAsync(session, statement, purpose, cancellationToken);
                _statements.Add(statement);
            }

            return;
        }

        var timeout = "SET LOCAL lock_timeout = '" + ((long)lockTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms'";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SchemaChanges.ExecuteInTransactionAsync(session, [timeout, .. statements], purpose, cancellationToken);
                _statements.AddRange(statements);
                return;
            }
            catch (DbException e) when (e.SqlState == "55P03")
            {
                if (attempt >= Math.Max(1, attempts))
                {
                    throw DataFlowErrors.LockNotAcquired(statements[^1], attempt, lockTimeout, e);
                }

                Retries++;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(25 * attempt, 500) + Random.Shared.Next(25)), cancellationToken);
            }
        }
    }
}
