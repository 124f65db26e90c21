using DataFlow.Migrations;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Locking;
using DataFlow.Migrations.Runner;

namespace DataFlow.Tests.Migrations;

/// <summary>The C# entry points other features build on: the executor's locked scope, auto-migration units, named migrations.</summary>
public abstract partial class MigrationSpec
{
    private DataFlowDb Open(bool existingSchemaMode = false) =>
        new(new DataFlowOptions { DatabaseUrl = Database.Url, ExistingSchemaMode = existingSchemaMode, ApplicationId = "migration-tests" });

    [Fact]
    public async Task Existing_schema_mode_refuses_migrate_and_creates_nothing()
    {
        Write("001_users.sql", Users);
        await using var db = Open(existingSchemaMode: true);
        var runner = new MigrationRunner(db.Data, db.SchemaChanges);

        var error = await Assert.ThrowsAsync<DataFlowException>(() => runner.MigrateAsync(new MigrateRequest { Folder = Database.Folder }));
        var baseline = await Assert.ThrowsAsync<DataFlowException>(() => runner.BaselineAsync(1, MigrationLockOptions.Default));

        Assert.Equal(ErrorCodes.SchemaChangeBlocked, error.Code);
        Assert.Equal(ErrorCodes.SchemaChangeBlocked, baseline.Code);
        Assert.False(await Database.TableExistsAsync("users"));
        Assert.False(await Database.TableExistsAsync(MigrationJournal.TableName));
    }

    [Fact]
    public async Task An_auto_migration_unit_is_applied_in_one_transaction_and_journaled_as_auto()
    {
        await using var db = Open();
        var unit = new MigrationUnit(MigrationKind.Auto, null, "create products; add products.price", "CREATE TABLE products (id INTEGER PRIMARY KEY);\nALTER TABLE products ADD COLUMN price DECIMAL(10,2)");

        var applied = await db.SchemaChanges.WithMigrationLockAsync(db.Data, MigrationLockOptions.Default, scope => scope.ApplyAsync(unit));
        var entries = await db.SchemaChanges.WithMigrationLockAsync(db.Data, MigrationLockOptions.Default, scope => scope.Journal.ReadAsync(scope.Session));

        Assert.Same(unit, applied.Unit);
        var entry = Assert.Single(entries);
        Assert.Equal((MigrationKind.Auto, MigrationStatus.Completed, (string?)null), (entry.Kind, entry.Status, entry.Version));
        Assert.Equal(unit.Checksum, entry.Checksum);
        Assert.Equal("0", await Database.ScalarAsync("SELECT count(price) FROM products"));
    }

    [Fact]
    public async Task A_failing_auto_migration_leaves_schema_and_journal_unchanged()
    {
        await using var db = Open();
        var unit = new MigrationUnit(MigrationKind.Auto, null, "create products", "CREATE TABLE products (id INTEGER PRIMARY KEY);\nALTER TABLE no_such_table ADD COLUMN x INTEGER");

        var error = await Assert.ThrowsAsync<DataFlowException>(() => db.SchemaChanges.WithMigrationLockAsync(db.Data, MigrationLockOptions.Default, scope => scope.ApplyAsync(unit)));

        Assert.Equal(ErrorCodes.MigrationFailed, error.Code);
        Assert.False(await Database.TableExistsAsync("products"));
        Assert.Equal("0", await Database.ScalarAsync("SELECT count(*) FROM " + MigrationJournal.TableName));
    }

    [Fact]
    public async Task A_named_migration_records_status_changes_and_metadata_in_the_journal()
    {
        await using var db = Open();
        const string Metadata = """{"version":"2.1.0","description":"split name","breaking_change":true}""";

        await db.SchemaChanges.WithMigrationLockAsync(db.Data, MigrationLockOptions.Default, async scope =>
        {
            await scope.Journal.RecordNamedAsync(scope.Session, "split_name", "2.1.0", MigrationStatus.Pending, Metadata);
            await scope.Journal.RecordNamedAsync(scope.Session, "split_name", "2.1.0", MigrationStatus.Failed, Metadata, "backfill timed out");
            return true;
        });
        var found = await db.SchemaChanges.WithMigrationLockAsync(db.Data, MigrationLockOptions.Default, scope => scope.Journal.FindNamedAsync(scope.Session, "split_name"));

        Assert.NotNull(found);
        Assert.Equal((MigrationKind.Named, MigrationStatus.Failed, "2.1.0", "backfill timed out"), (found.Kind, found.Status, found.Version, found.Error));
        Assert.Equal(Metadata, found.Metadata);
        Assert.Equal("1", await Database.ScalarAsync("SELECT count(*) FROM dataflow_migrations WHERE kind = 'named'"));
        Assert.Equal("failed", await Database.ScalarAsync("SELECT status FROM dataflow_migrations WHERE name = 'split_name'"));
    }

    [Fact]
    public async Task A_second_caller_in_the_same_process_waits_for_the_lock_and_reports_it()
    {
        await using var first = Open();
        await using var second = Open();
        var release = new TaskCompletionSource();
        var holder = await HoldLockAsync(first, release.Task);
        var waiting = false;

        var waiter = second.SchemaChanges.WithMigrationLockAsync(second.Data, new MigrationLockOptions { OnWaiting = _ => waiting = true }, scope => Task.FromResult(scope.Lease));
        await Task.Delay(300);
        Assert.False(waiter.IsCompleted);
        release.SetResult();
        await holder;
        var lease = await waiter;

        Assert.True(waiting);
        Assert.True(lease.Waited);
        Assert.True(lease.WaitTime >= TimeSpan.FromMilliseconds(250), lease.WaitTime.ToString());
    }

    [Fact]
    public async Task The_lock_timeout_names_the_holder()
    {
        await using var first = Open();
        await using var second = Open();
        var release = new TaskCompletionSource();
        var holder = await HoldLockAsync(first, release.Task);

        var error = await Assert.ThrowsAsync<DataFlowException>(() =>
            second.SchemaChanges.WithMigrationLockAsync(second.Data, new MigrationLockOptions { Timeout = TimeSpan.FromMilliseconds(300) }, _ => Task.FromResult(true)));
        release.SetResult();
        await holder;

        Assert.Equal(ErrorCodes.MigrationLockTimeout, error.Code);
        Assert.Contains(Database.IsPostgres ? "application 'migration-tests'" : "in this process", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(":dataflow@", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Takes the lock through <paramref name="db"/> and keeps it until <paramref name="release"/> completes; returns once it is held.</summary>
    private static async Task<Task<bool>> HoldLockAsync(DataFlowDb db, Task release)
    {
        var holding = new TaskCompletionSource();
        var holder = db.SchemaChanges.WithMigrationLockAsync(db.Data, MigrationLockOptions.Default, async _ =>
        {
            holding.SetResult();
            await release;
            return true;
        });
        await Task.WhenAny(holding.Task, holder);
        await holding.Task;
        return holder;
    }
}
