using System.Globalization;
using DataFlow.Data;
using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// <c>ValidationNode</c>: runs checks on the schema and the data — <c>check_table_exists</c>, <c>check_column_exists</c>,
/// <c>check_index_exists</c>, <c>check_not_null</c> (no NULLs left), <c>check_unique</c> (no duplicates),
/// <c>check_row_count</c> (min / max / equals) — several per node, or a <c>checks</c> list for several tables. Runs
/// on the run's session, so inside a transaction it sees that transaction's changes. Outputs <c>passed</c>,
/// <c>checks</c> (one entry per check) and <c>failures</c>; with <c>fail_on_error</c> a failed check fails the
/// workflow (<c>DF-NODE-005</c>).
/// </summary>
internal sealed class ValidationNode(DataConnections data) : MaintenanceNode(data)
{
    private static readonly string[] OutputNames = ["passed", "checks", "failures", "result"];

    /// <inheritdoc />
    public override string Description => "Checks tables, columns, indexes, NULLs, duplicates and row counts.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("table", ParameterType.String) { Description = "The table the flat checks apply to." },
        new("column", ParameterType.String) { Description = "The column of check_column_exists, check_not_null and check_unique." },
        new("columns", ParameterType.List) { Description = "The columns of a multi-column check_unique." },
        new("index", ParameterType.String) { Description = "The index of check_index_exists." },
        new("check_table_exists", ParameterType.Boolean) { Description = "The table exists." },
        new("check_column_exists", ParameterType.Boolean) { Description = "The column exists in the table." },
        new("check_index_exists", ParameterType.Boolean) { Description = "The index exists (on the table, when one is given)." },
        new("check_not_null", ParameterType.Boolean) { Description = "The column has no NULLs." },
        new("check_unique", ParameterType.Boolean) { Description = "The column (or columns) has no duplicate non-NULL values." },
        new("check_row_count", ParameterType.Object) { Description = "The table's row count is within { min, max } or { equals }." },
        new("checks", ParameterType.List) { Description = "More checks, each { check, table, column | columns, index, min, max, equals }." },
        new("fail_on_error", ParameterType.Boolean) { Default = false, Description = "Fail the workflow (DF-NODE-005) when a check fails." },
        Input,
        ModelParameters.Transaction,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    protected override string Work => "a validation query";

    /// <inheritdoc />
    protected internal override void Validate(NodeValidationContext context)
    {
        // Connected values arrive at run time; the checks are then read (and refused if incomplete) when the node runs.
        if (!Parameters.Any(p => p.Name is not ("input" or "transaction") && context.IsConnected(p.Name)))
        {
            ValidationChecks.From(context.Parameters, context.Fail);
        }
    }

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(NodeContext context, DataSession session, CancellationToken cancellationToken)
    {
        var checks = ValidationChecks.From(context.Inputs, (parameter, problem, hint) => throw DataFlowErrors.InvalidParameterValue(context.NodeId, parameter, problem, hint));
        var results = new List<IReadOnlyDictionary<string, object?>>();
        var failures = new List<string>();
        foreach (var check in checks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (passed, detail, value) = await RunCheckAsync(session, check, cancellationToken);
            results.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["check"] = check.Kind,
                ["table"] = check.Table,
                ["column"] = check.Columns.Count == 1 ? check.Columns[0] : null,
                ["columns"] = check.Columns,
                ["index"] = check.Index,
                ["passed"] = passed,
                ["value"] = value,
                ["detail"] = detail,
            });
            if (!passed)
            {
                failures.Add($"{check.Kind}: {detail}");
            }
        }

        if (failures.Count > 0)
        {
            DataNodesLog.ValidationFailed(context.Logger, context.NodeId, failures.Count, checks.Count, string.Join("; ", failures));
        }

        if (failures.Count > 0 && context.Inputs.Get<bool>("fail_on_error"))
        {
            throw DataFlowErrors.ValidationFailed(context.NodeId, failures);
        }

        return Output([new("passed", failures.Count == 0), new("checks", results), new("failures", failures)]);
    }

    private static async Task<(bool Passed, string Detail, object? Value)> RunCheckAsync(DataSession session, ValidationCheck check, CancellationToken cancellationToken)
    {
        var catalog = session.Dialect.LiveCatalog;
        if (check.Kind == "index_exists")
        {
            var owner = await catalog.IndexTableAsync(session, check.Index!, cancellationToken);
            var table = check.Table is null ? null : await catalog.FindTableAsync(session, check.Table, cancellationToken);
            return owner is null ? (false, $"index '{check.Index}' does not exist", null)
                : check.Table is not null && (table is null || !SameTable(owner, table)) ? (false, $"index '{check.Index}' belongs to {owner}, not {check.Table}", owner)
                : (true, $"index '{check.Index}' exists on {owner}", owner);
        }

        var found = await catalog.FindTableAsync(session, check.Table!, cancellationToken);
        if (found is null)
        {
            return (false, $"table '{check.Table}' does not exist", false);
        }

        if (check.Kind == "table_exists")
        {
            return (true, $"table {found.QualifiedName} exists", true);
        }

        var missing = check.Columns.FirstOrDefault(c => found.FindColumn(c) is null);
        if (missing is not null)
        {
            return (false, $"column '{missing}' does not exist in {found.QualifiedName}", false);
        }

        var columns = check.Columns.Select(c => found.FindColumn(c)!).ToList();
        return check.Kind switch
        {
            "column_exists" => (true, $"column {columns[0].Name} exists in {found.QualifiedName}", true),
            "not_null" => await NotNullAsync(session, found, columns[0], cancellationToken),
            "unique" => await UniqueAsync(session, found, columns, cancellationToken),
            _ => await RowCountAsync(session, found, check, cancellationToken),
        };
    }

    private static async Task<(bool, string, object?)> NotNullAsync(DataSession session, Table table, Column column, CancellationToken cancellationToken)
    {
        var nulls = await CountAsync(session, "SELECT COUNT(*) FROM " + session.Dialect.TableName(table) + " WHERE " + session.Dialect.Quote(column.Name) + " IS NULL", cancellationToken);
        return (nulls == 0, nulls == 0 ? $"{column.Name} has no NULLs" : $"{column.Name} has {nulls} NULL{(nulls == 1 ? string.Empty : "s")}", nulls);
    }

    private static async Task<(bool, string, object?)> UniqueAsync(DataSession session, Table table, List<Column> columns, CancellationToken cancellationToken)
    {
        var list = string.Join(", ", columns.Select(c => session.Dialect.Quote(c.Name)));
        var notNull = string.Join(" AND ", columns.Select(c => session.Dialect.Quote(c.Name) + " IS NOT NULL"));
        var sql = "SELECT COUNT(*) FROM (SELECT " + list + " FROM " + session.Dialect.TableName(table) + " WHERE " + notNull
            + " GROUP BY " + list + " HAVING COUNT(*) > 1) duplicates";
        var groups = await CountAsync(session, sql, cancellationToken);
        var names = string.Join(", ", columns.Select(c => c.Name));
        return (groups == 0, groups == 0 ? $"({names}) has no duplicates" : $"({names}) has {groups} duplicated value{(groups == 1 ? string.Empty : "s")}", groups);
    }

    private static async Task<(bool, string, object?)> RowCountAsync(DataSession session, Table table, ValidationCheck check, CancellationToken cancellationToken)
    {
        var rows = await CountAsync(session, "SELECT COUNT(*) FROM " + session.Dialect.TableName(table), cancellationToken);
        var problems = new List<string>();
        if (check.Min is { } min && rows < min)
        {
            problems.Add("fewer than " + min.ToString(CultureInfo.InvariantCulture));
        }

        if (check.Max is { } max && rows > max)
        {
            problems.Add("more than " + max.ToString(CultureInfo.InvariantCulture));
        }

        if (check.EqualTo is { } equal && rows != equal)
        {
            problems.Add("not " + equal.ToString(CultureInfo.InvariantCulture));
        }

        var count = rows.ToString(CultureInfo.InvariantCulture);
        return (problems.Count == 0, problems.Count == 0 ? $"{table.QualifiedName} has {count} rows" : $"{table.QualifiedName} has {count} rows, {string.Join(" and ", problems)}", rows);
    }

    private static async Task<long> CountAsync(DataSession session, string sql, CancellationToken cancellationToken)
    {
        await using var command = session.Command(sql, []);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static bool SameTable(string owner, Table table) =>
        string.Equals(owner, table.QualifiedName, StringComparison.OrdinalIgnoreCase) || string.Equals(owner, table.Name, StringComparison.OrdinalIgnoreCase);
}
