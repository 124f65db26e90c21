using System.Globalization;
using DataFlow.Data;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <summary>
/// Removes a column from a live table with its dependents analysed, backed up and restorable:
/// <see cref="AnalyzeAsync"/> lists what depends on the column (PostgreSQL from the catalogs, SQLite from the schema
/// SQL); <see cref="PlanAsync"/> stages backup → dependent objects → constraints → indexes → column → validation and
/// refuses while a dependent has no handling; <see cref="RemoveAsync"/> runs the plan (dry run: prints the SQL, changes
/// nothing; otherwise only with <see cref="ColumnRemovalOptions.Confirm"/>); <see cref="RestoreAsync"/> puts the column,
/// its values and its dependents back from the backup. All DDL goes through the guarded executor.
/// </summary>
public sealed partial class ColumnRemovalManager
{
    private readonly DataFlowDb _db;

    /// <summary>A manager for the database of <paramref name="db"/>.</summary>
    public ColumnRemovalManager(DataFlowDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>The objects that depend on <paramref name="column"/> of <paramref name="table"/>. Read-only.</summary>
    /// <exception cref="DataFlowException"><c>DF-SAFE-001</c> for an unknown table or column.</exception>
    public async Task<IReadOnlyList<ColumnDependent>> AnalyzeAsync(string table, string column, CancellationToken cancellationToken = default)
    {
        await using var session = await _db.Data.OpenAsync(cancellationToken);
        var (live, _, full) = await ReadAsync(session, table, column, cancellationToken);
        return await DependentsAsync(session, live, column, full, cancellationToken);
    }

    /// <summary>Plans the removal: dependents, their handling, the staged steps, the risk, and what a restore needs. Read-only.</summary>
    /// <exception cref="DataFlowException"><c>DF-SAFE-001</c> for an unknown table or column, a key column, or a Recreate without replacement; <c>DF-SAFE-007</c> without a primary key.</exception>
    public async Task<ColumnRemovalPlan> PlanAsync(ColumnRemovalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await _db.Data.OpenAsync(cancellationToken);
        var (table, column, full) = await ReadAsync(session, request.Table, request.Column, cancellationToken);
        var dependents = await DependentsAsync(session, table, column.Name, full, cancellationToken);
        var handled = new List<ColumnDependent>();
        var refused = new List<ColumnDependent>();
        foreach (var dependent in dependents)
        {
            var handling = request.Handling.TryGetValue(dependent.Name, out var h) ? h : request.DefaultHandling;
            if (handling == DependentHandling.Recreate && !request.Replacements.ContainsKey(dependent.Name))
            {
                throw DataFlowErrors.SafetyRequestInvalid($"{dependent} is to be recreated, but Replacements has no statement for it.", "Add Replacements[\"" + dependent.Name + "\"], or use Drop.");
            }

            (handling == DependentHandling.Refuse ? refused : handled).Add(dependent);
        }

        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var backup = new ColumnBackup
        {
            Table = table.QualifiedName,
            Column = column,
            Key = [.. table.PrimaryKey!.Columns],
            ColumnTable = request.Backup.HasFlag(ColumnBackupKind.Column) ? Clip("dataflow_backup_" + Clip(table.Name, 15) + "_" + Clip(column.Name, 15) + "_" + stamp, 63) : null,
            SnapshotTable = request.Backup.HasFlag(ColumnBackupKind.Table) ? Clip("dataflow_snapshot_" + Clip(table.Name, 30) + "_" + stamp, 63) : null,
            Dependents = handled,
            SqliteTable = full?.FindTable(table.Name),
            SqliteReferencingTables = full is null ? [] : [.. handled.Where(d => d.Kind == DependentKind.ReferencedBy).Select(d => full.FindTable(d.Table)!).Distinct()],
        };
        var rows = await NotNullColumnHandler.CountAsync(session, table, null, cancellationToken);
        return new ColumnRemovalPlan
        {
            Request = request,
            Table = table.QualifiedName,
            Dependents = dependents,
            Refused = refused,
            Steps = RemovalSteps.For(session.Dialect, table, column.Name, backup, request.Replacements),
            Risk = RiskAssessment.Of(RiskRules.DropColumn(table.QualifiedName + "." + column.Name))
                .WithFacts([new RiskFact { Name = "row_count", Subject = table.QualifiedName, Value = rows }]),
            Backup = backup,
        };
    }

    private async Task<(Table Table, Column Column, DatabaseSchema? Full)> ReadAsync(DataSession session, string name, string columnName, CancellationToken cancellationToken)
    {
        var table = await NotNullColumnHandler.RequireTableAsync(session, name, cancellationToken);
        var column = table.FindColumn(columnName) ?? throw DataFlowErrors.SafetyRequestInvalid($"{table.QualifiedName} has no column '{columnName}'.",
            "Columns: " + string.Join(", ", table.Columns.Select(c => c.Name)) + ".");
        if (table.PrimaryKey is null)
        {
            throw DataFlowErrors.SafetyTableWithoutKey(table.QualifiedName);
        }

        if (table.PrimaryKey.Columns.Contains(column.Name))
        {
            throw DataFlowErrors.SafetyRequestInvalid($"{table.QualifiedName}.{column.Name} is part of the primary key.", "Change the primary key first; the backup puts values back by key.");
        }

        var full = session.Dialect.Name == "sqlite" ? await _db.DiscoverSchemaAsync(cancellationToken: cancellationToken) : null;
        return (table, column, full);
    }

    private static async Task<IReadOnlyList<ColumnDependent>> DependentsAsync(DataSession session, Table table, string column, DatabaseSchema? full, CancellationToken cancellationToken) =>
        full is null
            ? await PostgresColumnDependencies.ReadAsync(session, table, column, cancellationToken)
            : await SqliteColumnDependencies.ReadAsync(session, full, full.FindTable(table.Name)!, column, cancellationToken);

    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;
}
