using DataFlow.CodeFirst.Caching;
using DataFlow.Data;
using DataFlow.Schema;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>A session opened for the auto-migration, and what the cheap check said for the models the cache expected (if it ran).</summary>
/// <param name="Session">The open session, handed to the auto-migration.</param>
/// <param name="CheckedHash">The hash of the models the cheap check ran for; null when it did not run.</param>
/// <param name="UpToDate">The cheap check's answer for <paramref name="CheckedHash"/>.</param>
internal sealed record PrefetchedSession(DataSession Session, string? CheckedHash, bool UpToDate);

/// <summary>
/// The start of the auto-migration, begun at the first <c>Model&lt;T&gt;()</c> (ADR 0022): while the application registers
/// the rest of its models on its own thread, a pool thread opens the session and, when the model cache holds a set that
/// begins with that first model (what this application registered last time), runs the cheap check for that set. The
/// auto-migration then takes the session, and the check's answer when its models turn out to have the same hash (the
/// hash covers every table and column the check looks at). Nothing but the session's opening and the cheap check's two
/// reads is sent; a failure of either surfaces where the auto-migration would have met it.
/// </summary>
internal sealed class AutoMigrationPrefetch
{
    private readonly Task<PrefetchedSession> _session;

    private AutoMigrationPrefetch(Task<PrefetchedSession> session) => _session = session;

    /// <summary>Starts opening (and checking, when <paramref name="cache"/> expects a set beginning with <paramref name="first"/>).</summary>
    public static AutoMigrationPrefetch Start(DataFlowDb db, ModelCache? cache, Type first)
    {
        var data = db.Data;
        return Start(data, () => cache?.ExpectedSet(first, data.Dialect.Name));
    }

    /// <summary>Starts opening a session of <paramref name="data"/>, then checking the set <paramref name="expectedSet"/> gives (if any).</summary>
    public static AutoMigrationPrefetch Start(DataConnections data, Func<CachedModelSet?> expectedSet) =>
        new(Task.Run(() => OpenAsync(data, expectedSet)));

    /// <summary>The prefetched session; the auto-migration owns it from here.</summary>
    public Task<PrefetchedSession> TakeAsync() => _session;

    /// <summary>Closes the session when no auto-migration took it (the <see cref="DataFlowDb"/> is disposed first).</summary>
    public async ValueTask AbandonAsync()
    {
        PrefetchedSession prefetched;
        try
        {
            prefetched = await _session;
        }
        catch (DataFlowException)
        {
            // Nobody asked for this session: the database's failure to open it is reported by whatever uses it next.
            return;
        }

        await prefetched.Session.DisposeAsync();
    }

    // The cache is consulted once the session is open: by then the registering thread has usually loaded its file.
    private static async Task<PrefetchedSession> OpenAsync(DataConnections data, Func<CachedModelSet?> expectedSet)
    {
        var session = await data.OpenAsync();
        var expected = expectedSet();
        if (expected is null)
        {
            return new PrefetchedSession(session, null, false);
        }

        try
        {
            IReadOnlyList<Table> tables = [.. expected.TableNames.Select(n => expected.Schema.FindTable(n)).OfType<Table>()];
            var upToDate = tables.Count == expected.TableNames.Count && await LiveColumns.UpToDateAsync(session, tables, expected.Hash, CancellationToken.None);
            return new PrefetchedSession(session, expected.Hash, upToDate);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }
}
