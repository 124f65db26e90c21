using DataFlow.CodeFirst.Caching;
using DataFlow.Data;
using DataFlow.Schema;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>
/// The start of the auto-migration, begun at the first <c>Model&lt;T&gt;()</c> (ADR 0022): while the application registers
/// the rest of its models on its own thread, a pool thread opens the auto-migration's session and, when the model cache
/// holds a set that begins with that first model (what this application registered last time), runs the cheap check's
/// reads for that set once, so that the driver's and DataFlow's first-run costs of those reads are paid meanwhile. The
/// check's answer is not kept: the auto-migration checks again on this session at first use (a schema changed in between
/// is seen). All of it is best effort — a session that failed to open, or fails at first use, is replaced by a new one.
/// </summary>
internal sealed class AutoMigrationPrefetch
{
    private readonly Task<DataSession> _session;
    private volatile bool _wanted;

    private AutoMigrationPrefetch(Func<AutoMigrationPrefetch, Task<DataSession>> start) => _session = start(this);

    /// <summary>Starts opening (and warming the check, when <paramref name="cache"/> expects a set beginning with <paramref name="first"/>).</summary>
    public static AutoMigrationPrefetch Start(DataFlowDb db, ModelCache? cache, Type first)
    {
        var data = db.Data;
        return Start(data, () => cache?.ExpectedSet(first, data.Dialect.Name));
    }

    /// <summary>Starts opening a session of <paramref name="data"/>, then running the check for the set <paramref name="expectedSet"/> gives (if any).</summary>
    public static AutoMigrationPrefetch Start(DataConnections data, Func<CachedModelSet?> expectedSet) =>
        new(prefetch => Task.Run(() => prefetch.OpenAsync(data, expectedSet)));

    /// <summary>The session, or null when opening it failed (the auto-migration then opens its own and meets the failure itself).</summary>
    public async Task<DataSession?> TakeAsync()
    {
        _wanted = true;
        try
        {
            return await _session;
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            return null;
        }
    }

    /// <summary>Closes the session when no auto-migration took it (the <see cref="DataFlowDb"/> is disposed first).</summary>
    public async ValueTask AbandonAsync()
    {
        if (await TakeAsync() is { } session)
        {
            await session.DisposeAsync();
        }
    }

    /// <summary>Whether a failure of this best-effort work may be dropped (it is met again, and reported, by the real work).</summary>
    public static bool IsRecoverable(Exception e) => e is not OutOfMemoryException;

    // The warm-up is skipped once the auto-migration is already waiting for the session: it would run the same reads
    // twice on its path instead of beside the registrations.
    private async Task<DataSession> OpenAsync(DataConnections data, Func<CachedModelSet?> expectedSet)
    {
        var session = await data.OpenAsync();
        try
        {
            if ((_wanted ? null : expectedSet()) is not { } expected)
            {
                return session;
            }

            IReadOnlyList<Table> tables = [.. expected.TableNames.Select(n => expected.Schema.FindTable(n)).OfType<Table>()];
            await LiveColumns.UpToDateAsync(session, tables, expected.Hash, CancellationToken.None);
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            // Only a warm-up: the auto-migration runs the same reads at first use and reports what fails then. The session
            // may be broken by the failure, so it is not kept.
            await session.DisposeAsync();
            throw;
        }

        return session;
    }
}
