using System.Globalization;
using DataFlow.Connections;
using DataFlow.Data;
using DataFlow.Dialects;
using DataFlow.Nodes.SchemaChanges;

namespace DataFlow.Migrations.Risk;

/// <content>Migration scripts: each statement recognised, assessed, and (connected) measured.</content>
public sealed partial class RiskAssessmentEngine
{
    /// <summary>
    /// Assesses each statement of a migration script against this database: recognised statements get the static
    /// findings and, when their table exists, facts from the data; a statement DataFlow does not recognise is returned
    /// with <see cref="StatementRisk.Assessed"/> false. Read-only.
    /// </summary>
    public async Task<IReadOnlyList<StatementRisk>> AssessScriptAsync(string script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var kind = db.Target.Kind;
        await using var session = await db.Data.OpenAsync(cancellationToken);
        var results = new List<StatementRisk>();
        foreach (var statement in Split(script, kind))
        {
            results.Add(await AssessStatementAsync(session, statement, kind, cancellationToken));
        }

        return results;
    }

    /// <summary>The static assessment of each statement of <paramref name="script"/> for <paramref name="dialect"/> (<c>sqlite</c> or <c>postgresql</c>), without a database.</summary>
    public static IReadOnlyList<StatementRisk> AssessScript(string script, string dialect)
    {
        ArgumentNullException.ThrowIfNull(script);
        var kind = string.Equals(dialect, "sqlite", StringComparison.OrdinalIgnoreCase) ? DatabaseKind.Sqlite : DatabaseKind.PostgreSql;
        return [.. Split(script, kind).Select(statement => SqlStatementRecognizer.Recognize(statement) is { } recognized
            ? Assessed(statement, StaticRisk(recognized, kind), null)
            : NotAssessed(statement))];
    }

    private async Task<StatementRisk> AssessStatementAsync(DataSession session, string statement, DatabaseKind kind, CancellationToken cancellationToken)
    {
        if (SqlStatementRecognizer.Recognize(statement) is not { } recognized)
        {
            return NotAssessed(statement);
        }

        var risk = StaticRisk(recognized, kind);
        if (recognized.DroppedTable is { } dropped)
        {
            return await session.Dialect.LiveCatalog.FindTableAsync(session, dropped, cancellationToken) is { } table
                ? Assessed(statement, risk.WithFacts([await RowCountAsync(session, table, cancellationToken)]), null)
                : Assessed(statement, risk, $"{dropped} does not exist yet");
        }

        if (recognized.Operation is not { Table.Length: > 0 } operation)
        {
            return Assessed(statement, risk, null);
        }

        try
        {
            var planned = await PlanAsync(session, db.Data, operation, "plan", cancellationToken);
            return Assessed(statement, risk.WithFacts(planned.Risk.Facts), null);
        }
        catch (DataFlowException error)
        {
            return Assessed(statement, risk, "no data facts: " + error.Message);
        }
    }

    /// <summary>The static findings of a recognised statement (no table read: a type change counts as narrowing).</summary>
    private static RiskAssessment StaticRisk(SqlStatementRecognizer.Recognized recognized, DatabaseKind kind)
    {
        if (recognized.DroppedTable is { } dropped)
        {
            return RiskAssessment.Of(RiskRules.DropTable(dropped));
        }

        if (recognized.Operation is not { } op)
        {
            return RiskAssessment.None;
        }

        var subject = op.Table + "." + op.ColumnName;
        IEnumerable<RiskFinding> findings = op.Operation switch
        {
            "add_column" => [.. (!op.Nullable && op.DefaultValue is null ? [RiskRules.NotNullColumnWithoutDefault(subject)] : Array.Empty<RiskFinding>()),
                .. (op.Unique ? [RiskRules.UniqueAdded(subject)] : Array.Empty<RiskFinding>())],
            "drop_column" => [RiskRules.DropColumn(subject)],
            "rename_column" => [RiskRules.Rename(subject, op.NewName!)],
            "rename_table" => [RiskRules.Rename(op.Table, op.NewName!)],
            "alter_column_type" => [RiskRules.TypeChange(subject, "its current type", op.ColumnType!, narrowing: true)],
            "set_default" or "drop_default" => [RiskRules.DefaultChange(subject)],
            "add_constraint" => op.ConstraintType switch
            {
                "not_null" => [RiskRules.NotNullOnColumn(subject)],
                "unique" => [RiskRules.UniqueAdded(op.ConstraintName ?? op.Table + " (" + string.Join(", ", op.Columns) + ")")],
                _ => recognized.NotValid ? [] : [RiskRules.ConstraintWithoutNotValid(op.ConstraintName ?? op.ConstraintType + " on " + op.Table)],
            },
            "create_index" => [.. (op.Concurrently || kind == DatabaseKind.Sqlite ? Array.Empty<RiskFinding>() : [RiskRules.IndexWithoutConcurrently(op.IndexName!)]),
                .. (op.Unique ? [RiskRules.UniqueAdded(op.IndexName!)] : Array.Empty<RiskFinding>())],
            _ => [],
        };
        return RiskAssessment.Of(findings);
    }

    private static IReadOnlyList<string> Split(string script, DatabaseKind kind) =>
        [.. DialectRegistry.MigrationsFor(kind).Commands(script, transactional: false).Select(Clean).Where(s => s.Length > 0)];

    /// <summary>The statement without its leading comment lines and trailing semicolon.</summary>
    private static string Clean(string statement) =>
        string.Join('\n', statement.Split('\n').SkipWhile(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal) || l.Trim().Length == 0)).Trim().TrimEnd(';').Trim();

    private static StatementRisk Assessed(string sql, RiskAssessment risk, string? note) => new() { Sql = sql, Assessed = true, Risk = risk, Note = note };

    private static StatementRisk NotAssessed(string sql) => new() { Sql = sql, Assessed = false, Risk = RiskAssessment.None };

    private static async Task<RiskFact> RowCountAsync(DataSession session, Schema.Table table, CancellationToken cancellationToken)
    {
        await using var command = session.Command("SELECT COUNT(*) FROM " + session.Dialect.TableName(table), []);
        return new RiskFact { Name = "row_count", Subject = table.QualifiedName, Value = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) };
    }
}
