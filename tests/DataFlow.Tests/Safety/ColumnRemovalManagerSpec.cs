using DataFlow.Migrations.Risk;
using DataFlow.Safety;
using DataFlow.Workflows;

namespace DataFlow.Tests.Safety;

/// <summary>ColumnRemovalManager on both dialects: each kind of dependent, refusal, dry run, confirmation, backup and restore round trips.</summary>
public abstract class ColumnRemovalManagerSpec : SafetySpec
{
    /// <summary>Creates <c>{prefix}_users</c> (email with an index, a check, a view, a trigger, a generated column) and <c>{prefix}_orders</c> referencing it.</summary>
    protected abstract Task UsersAsync(string prefix);

    /// <summary>The dependent kinds the fixture creates on this dialect.</summary>
    protected abstract IReadOnlyList<DependentKind> ExpectedKinds { get; }

    private async Task<string> ValuesAsync(string table, string column) =>
        Convert.ToString(await ScalarAsync(IsPostgres
            ? $"SELECT string_agg(id || '=' || COALESCE({column}::text, 'NULL'), ',' ORDER BY id) FROM {table}"
            : $"SELECT group_concat(id || '=' || COALESCE({column}, 'NULL'), ',') FROM (SELECT * FROM {table} ORDER BY id)"), System.Globalization.CultureInfo.InvariantCulture)!;

    [Fact]
    public async Task Analysis_finds_each_kind_of_dependent_and_a_plan_without_handling_is_refused_with_their_list()
    {
        await UsersAsync("dep");
        await using var db = Db();
        var manager = new ColumnRemovalManager(db);

        var dependents = await manager.AnalyzeAsync("dep_users", "email");
        var plan = await manager.PlanAsync(new ColumnRemovalRequest { Table = "dep_users", Column = "email" });
        var refused = await Assert.ThrowsAsync<DataFlowDataException>(() => manager.RemoveAsync(plan, new ColumnRemovalOptions { Confirm = true }));

        Assert.Equal(ExpectedKinds.Order(), dependents.Select(d => d.Kind).Distinct().Order());
        Assert.Equal(ErrorCodes.ColumnHasDependents, refused.Code);
        Assert.Contains("Index", refused.Message, StringComparison.Ordinal);
        Assert.Equal(dependents.Count, plan.Refused.Count);
        Assert.Contains(plan.Risk.Findings, f => f.Code == RiskCodes.DropColumn);
        Assert.NotNull(await NullableAsync("dep_users", "email"));
    }

    [Fact]
    public async Task A_dry_run_prints_the_staged_sql_and_changes_nothing_and_removal_needs_confirmation()
    {
        await UsersAsync("dry");
        await using var db = Db();
        var manager = new ColumnRemovalManager(db);
        var plan = await manager.PlanAsync(new ColumnRemovalRequest { Table = "dry_users", Column = "email", DefaultHandling = DependentHandling.Drop, Backup = ColumnBackupKind.Column | ColumnBackupKind.Table });

        var dry = await manager.RemoveAsync(plan, new ColumnRemovalOptions { DryRun = true });
        var unconfirmed = await Assert.ThrowsAsync<DataFlowDataException>(() => manager.RemoveAsync(plan));

        Assert.True(dry.DryRun);
        Assert.StartsWith("CREATE TABLE", dry.Statements[0], StringComparison.Ordinal);
        Assert.Equal(plan.Steps.Select(s => s.Stage), plan.Steps.Select(s => s.Stage).Order());
        Assert.Contains(plan.Steps, s => s.Stage == RemovalStage.Indexes);
        Assert.Contains("dataflow_backup_dry_users_email_", plan.Script, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.NotConfirmed, unconfirmed.Code);
        Assert.NotNull(await NullableAsync("dry_users", "email"));
        Assert.Equal(0, await CountAsync(IsPostgres ? "SELECT COUNT(*) FROM pg_tables WHERE tablename LIKE 'dataflow_backup_dry%'" : "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'dataflow_backup_dry%'"));
    }

    [Fact]
    public async Task Removal_with_every_dependent_dropped_then_restore_brings_back_the_values_and_the_dependents()
    {
        await UsersAsync("trip");
        await using var db = Db();
        var manager = new ColumnRemovalManager(db);
        var before = await ValuesAsync("trip_users", "email");
        var dependentsBefore = await manager.AnalyzeAsync("trip_users", "email");
        var plan = await manager.PlanAsync(new ColumnRemovalRequest { Table = "trip_users", Column = "email", DefaultHandling = DependentHandling.Drop, Backup = ColumnBackupKind.Column | ColumnBackupKind.Table });

        var removed = await manager.RemoveAsync(plan, new ColumnRemovalOptions { Confirm = true });

        Assert.Null(await NullableAsync("trip_users", "email"));
        Assert.Equal(5, await CountAsync("SELECT COUNT(*) FROM trip_users"));
        Assert.Equal(5, await CountAsync($"SELECT COUNT(*) FROM {removed.Backup.ColumnTable}"));
        Assert.Equal(5, await CountAsync($"SELECT COUNT(*) FROM {removed.Backup.SnapshotTable} WHERE email IS NOT NULL OR id = 5"));

        var restored = await manager.RestoreAsync(removed.Backup);

        Assert.NotEmpty(restored);
        Assert.Equal(before, await ValuesAsync("trip_users", "email"));
        Assert.False(await NullableAsync("trip_users", "email") == null);
        var dependentsAfter = await manager.AnalyzeAsync("trip_users", "email");
        Assert.Equal(dependentsBefore.Select(d => (d.Kind, d.Name)).Order(), dependentsAfter.Select(d => (d.Kind, d.Name)).Order());
        Assert.Equal("a@x.org", await ScalarAsync("SELECT email FROM trip_email_view WHERE id = 1"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("INSERT INTO trip_users (id, name, email) VALUES (50, 'n', 'no-at-sign')"));
    }

    [Fact]
    public async Task A_recreated_dependent_runs_its_replacement_after_the_column_is_gone()
    {
        await UsersAsync("rec");
        await using var db = Db();
        var manager = new ColumnRemovalManager(db);
        var plan = await manager.PlanAsync(new ColumnRemovalRequest
        {
            Table = "rec_users",
            Column = "email",
            DefaultHandling = DependentHandling.Drop,
            Handling = new Dictionary<string, DependentHandling> { ["rec_email_view"] = DependentHandling.Recreate },
            Replacements = new Dictionary<string, string> { ["rec_email_view"] = "CREATE VIEW rec_email_view AS SELECT id, name FROM rec_users" },
        });

        var removed = await manager.RemoveAsync(plan, new ColumnRemovalOptions { Confirm = true });

        Assert.Equal(RemovalStage.Validation, plan.Steps.Single(s => s.Sql.StartsWith("CREATE VIEW rec_email_view", StringComparison.Ordinal)).Stage);
        Assert.Contains(removed.Statements, s => s.StartsWith("CREATE VIEW rec_email_view", StringComparison.Ordinal));
        Assert.Equal("a", await ScalarAsync("SELECT name FROM rec_email_view WHERE id = 1"));
        Assert.Null(await NullableAsync("rec_users", "email"));
    }

    [Fact]
    public async Task Restore_from_the_snapshot_alone_brings_back_the_values()
    {
        await UsersAsync("snap");
        await using var db = Db();
        var manager = new ColumnRemovalManager(db);
        var before = await ValuesAsync("snap_users", "email");
        var plan = await manager.PlanAsync(new ColumnRemovalRequest { Table = "snap_users", Column = "email", DefaultHandling = DependentHandling.Drop, Backup = ColumnBackupKind.Table });

        var removed = await manager.RemoveAsync(plan, new ColumnRemovalOptions { Confirm = true });
        await manager.RestoreAsync(removed.Backup);

        Assert.Null(removed.Backup.ColumnTable);
        Assert.Equal(before, await ValuesAsync("snap_users", "email"));
    }

    [Fact]
    public async Task A_column_without_dependents_is_removed_and_a_missing_backup_is_reported()
    {
        await UsersAsync("plain");
        await using var db = Db();
        var manager = new ColumnRemovalManager(db);
        var plan = await manager.PlanAsync(new ColumnRemovalRequest { Table = "plain_users", Column = "bio", Backup = ColumnBackupKind.None });

        await manager.RemoveAsync(plan, new ColumnRemovalOptions { Confirm = true });
        var missing = await Assert.ThrowsAsync<DataFlowDataException>(() => manager.RestoreAsync(plan.Backup));

        Assert.Empty(plan.Dependents);
        Assert.Null(await NullableAsync("plain_users", "bio"));
        Assert.Equal(ErrorCodes.BackupNotFound, missing.Code);
    }

    [Fact]
    public async Task In_existing_schema_mode_removal_and_restore_are_refused_but_a_dry_run_works()
    {
        await UsersAsync("esm");
        await using var db = Db(existingSchemaMode: true);
        var manager = new ColumnRemovalManager(db);
        var plan = await manager.PlanAsync(new ColumnRemovalRequest { Table = "esm_users", Column = "email", DefaultHandling = DependentHandling.Drop });

        var dry = await manager.RemoveAsync(plan, new ColumnRemovalOptions { DryRun = true });
        var error = await Assert.ThrowsAnyAsync<DataFlowException>(() => manager.RemoveAsync(plan, new ColumnRemovalOptions { Confirm = true }));
        var restore = await Assert.ThrowsAnyAsync<DataFlowException>(() => manager.RestoreAsync(plan.Backup));

        Assert.NotEmpty(dry.Statements);
        Assert.Equal(ErrorCodes.SchemaChangeBlocked, error.Code);
        Assert.Equal(ErrorCodes.SchemaChangeBlocked, restore.Code);
        Assert.NotNull(await NullableAsync("esm_users", "email"));
        Assert.Equal(0, await CountAsync(IsPostgres ? "SELECT COUNT(*) FROM pg_tables WHERE tablename LIKE 'dataflow_backup_esm%'" : "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'dataflow_backup_esm%'"));
    }

    [Fact]
    public async Task The_ColumnRemovalNode_lists_dependents_refuses_unhandled_ones_and_removes_with_a_backup_when_told()
    {
        await UsersAsync("node");
        await using var db = Db();
        Task<WorkflowResult> RunAsync(object parameters) =>
            new LocalRuntime(db).ExecuteAsync(new WorkflowBuilder(db).AddNode("ColumnRemovalNode", "remove", parameters).Build());

        var (dry, _) = await RunAsync(new { table = "node_users", column_name = "email", dry_run = true });
        Assert.NotEmpty((IEnumerable<string>)dry["remove"]["dependents"]!);
        Assert.NotNull(await NullableAsync("node_users", "email"));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => RunAsync(new { table = "node_users", column_name = "email", confirm_data_loss = true }));
        var codes = new List<string>();
        for (Exception? e = refused; e is not null; e = e.InnerException)
        {
            codes.AddRange(e is DataFlowException d ? [d.Code] : []);
        }

        Assert.Equal([ErrorCodes.NodeFailed, ErrorCodes.ColumnHasDependents], codes);
        Assert.NotNull(await NullableAsync("node_users", "email"));

        var (removed, _) = await RunAsync(new { table = "node_users", column_name = "email", drop_dependents = true, confirm_data_loss = true });
        Assert.Null(await NullableAsync("node_users", "email"));
        var backup = (string)removed["remove"]["backup_table"]!;
        Assert.StartsWith("dataflow_backup_node_users_email_", backup.Split('.')[^1].Trim('"'), StringComparison.Ordinal);
        Assert.True(await CountAsync($"SELECT COUNT(*) FROM {backup}") > 0);
    }
}
