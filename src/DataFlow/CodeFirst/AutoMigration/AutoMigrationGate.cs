using DataFlow.Models;
using DataFlow.Schema;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>
/// The code-first models of one <see cref="DataFlowDb"/> and their one auto-migration run: started by the first use
/// of any of them (or <see cref="DataFlowDb.MigrateAsync"/>), shared by every caller, and — when it fails — not
/// retried on every access: the first caller gets the error, later ones <c>DF-AUTO-004</c> naming it, until
/// <see cref="DataFlowDb.MigrateAsync"/> is called again. Registering another model starts a new run on next use.
/// </summary>
internal sealed class AutoMigrationGate(DataFlowDb db, Action<AutoMigrationResult> report) : IModelGate
{
    private readonly object _lock = new();
    private readonly List<Type> _types = [];
    private Task<AutoMigrationResult>? _run;
    private bool _failureReported;
    private AutoMigrationPrefetch? _prefetch;

    /// <summary>The registered model types, in registration order.</summary>
    public IReadOnlyList<Type> Types
    {
        get
        {
            lock (_lock)
            {
                return [.. _types];
            }
        }
    }

    /// <summary>Adds <paramref name="type"/>; a new type makes the next use run again.</summary>
    public void Add(Type type)
    {
        lock (_lock)
        {
            if (!_types.Contains(type))
            {
                _types.Add(type);
                _run = null;
                _failureReported = false;

                // Existing-schema mode checks each model as it is registered, on the caller's thread: nothing to overlap.
                if (_types.Count == 1 && !db.SchemaChanges.IsBlocked)
                {
                    _prefetch = AutoMigrationPrefetch.Start(db, db.ModelCache, type);
                }
            }
        }
    }

    /// <inheritdoc />
    public Task EnsureAsync(CancellationToken cancellationToken) => RunAsync(retry: false, cancellationToken);

    /// <summary>Runs (again, when the last run failed) and returns what it did.</summary>
    public Task<AutoMigrationResult> RunAsync(bool retry, CancellationToken cancellationToken)
    {
        Task<AutoMigrationResult> run;
        lock (_lock)
        {
            if (_run is null || (retry && _run.IsFaulted))
            {
                _run = MigrateAsync([.. _types]);
                _failureReported = false;
            }

            run = _run;
        }

        return AwaitAsync(run, cancellationToken);
    }

    /// <inheritdoc />
    public ModelEntry Latest(ModelEntry entry) => db.ModelStore.TryFind(entry.Model.Name, out var latest) ? latest : entry;

    private async Task<AutoMigrationResult> AwaitAsync(Task<AutoMigrationResult> run, CancellationToken cancellationToken)
    {
        try
        {
            return await run.WaitAsync(cancellationToken);
        }
        catch (DataFlowException e) when (run.IsFaulted)
        {
            lock (_lock)
            {
                if (!_failureReported)
                {
                    _failureReported = true;
                    throw;
                }
            }

            throw DataFlowErrors.AutoMigrationFailedEarlier(e);
        }
    }

    private async Task<AutoMigrationResult> MigrateAsync(IReadOnlyList<Type> types)
    {
        if (types.Count == 0)
        {
            return new AutoMigrationResult { ModelHash = "", UpToDate = true };
        }

        // Reading the models and hashing them is CPU work and opening the connection mostly waits on the network
        // (and, first in a process, on the driver's own start-up): the reading runs beside the opening.
        var dialect = db.Data.Dialect.Name;
        var reading = Task.Run(() => ModelSet.ReadHashed(types, dialect, db.ModelCache));
        var prefetched = Interlocked.Exchange(ref _prefetch, null)?.TakeAsync();
        var (result, tables) = await new AutoMigrator(db, db.SchemaChanges).RunAsync(reading, prefetched, CancellationToken.None);
        foreach (var (type, table) in tables)
        {
            Register(type, table);
        }

        report(result);
        return result;
    }

    /// <summary>Closes the session opened ahead of an auto-migration that never ran.</summary>
    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _prefetch, null)?.AbandonAsync() ?? ValueTask.CompletedTask;

    /// <summary>Registers <paramref name="type"/> as the model named after it, on <paramref name="table"/>.</summary>
    public ModelEntry Register(Type type, Table table) =>
        new ModelRegistrar(db.ModelStore, db.Nodes, db.Data).Restore(type.Name, table, this);
}
