using DataFlow.CodeFirst.AutoMigration;
using DataFlow.Models;

namespace DataFlow;

/// <summary>Code-first models: <c>db.Model&lt;T&gt;()</c> and the auto-migration (docs/auto-migrate.md, ADR 0016).</summary>
public sealed partial class DataFlowDb
{
    private AutoMigrationGate? _autoMigration;

    /// <summary>
    /// Registers the C# class or record <typeparamref name="T"/> as a model named after it, with the same 11 nodes as a
    /// discovered table (<c>ProductCreateNode</c> …), usable in workflows, through <see cref="Express"/> and typed through
    /// <c>db.Express.For&lt;T&gt;()</c>. The table follows the conventions of docs/code-first-models.md. In existing-schema
    /// mode the models are checked at once (a missing table is <c>DF-AUTO-003</c>). Otherwise the first registration only
    /// starts opening the auto-migration's connection in the background (and, when the model cache expects these models,
    /// warms the cheap check's two reads), so that it overlaps the registrations that follow; nothing it finds is kept,
    /// and its failures are met again by the first use. On first use (or <see cref="MigrateAsync"/>) the tables are brought up to the models additively
    /// when <see cref="DataFlowOptions.AutoMigrate"/> is on, else checked (<c>DF-AUTO-002</c>).
    /// </summary>
    /// <exception cref="DataFlowConfigurationException"><c>DF-AUTO-005</c> no public parameterless constructor; <c>DF-CF-…</c> an attribute that cannot be applied.</exception>
    public RegisteredModel Model<T>()
        where T : class
    {
        var type = typeof(T);
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw DataFlowErrors.InvalidModelType(type.Name, "it has no public parameterless constructor");
        }

        // Added first: the first model starts opening the auto-migration's session while its table is read.
        var gate = AutoMigration;
        gate.Add(type);
        var entry = gate.Register(type, ModelSet.TableOf(type, gate.Types, Data.Dialect.Name, ModelCache));
        if (SchemaChanges.IsBlocked)
        {
            gate.RunAsync(retry: true, CancellationToken.None).GetAwaiter().GetResult();
            return ModelStore.Find(type.Name).Model;
        }

        return entry.Model;
    }

    /// <summary>
    /// Brings the tables of the models registered with <see cref="Model{T}"/> up to date now (what their first use would
    /// do): additive changes only, in one transaction under the migration lock, journaled as one <c>auto</c> entry; a
    /// repeat run with unchanged models sends no DDL. Safe to call from application start-up (ASP.NET Core, a hosted
    /// service) and from many processes at once. Calling it again retries an auto-migration that failed.
    /// </summary>
    /// <exception cref="DataFlowException"><c>DF-AUTO-001</c>, <c>DF-AUTO-002</c>, <c>DF-AUTO-003</c>, <c>DF-MIG-005</c> (lock timeout), <c>DF-MIG-006</c> (the DDL failed; nothing was changed).</exception>
    public Task<AutoMigrationResult> MigrateAsync(CancellationToken cancellationToken = default) =>
        AutoMigration.RunAsync(retry: true, cancellationToken);

    private AutoMigrationGate AutoMigration
    {
        get
        {
            if (_autoMigration is null)
            {
                Interlocked.CompareExchange(ref _autoMigration, new AutoMigrationGate(this, ReportAutoMigration), null);
            }

            return _autoMigration;
        }
    }

    private void ReportAutoMigration(AutoMigrationResult result)
    {
        Log.AutoMigrated(_logger, result.AppliedStatements.Count, result.UpToDate);
        foreach (var change in result.PendingChanges)
        {
            Log.AutoMigrationPending(_logger, change.Path, change.Description, change.Risk.ToString(), change.Command);
        }
    }
}
