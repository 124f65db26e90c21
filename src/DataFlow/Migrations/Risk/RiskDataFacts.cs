using System.Globalization;
using DataFlow.Data;
using DataFlow.Nodes.SchemaChanges;
using DataFlow.Schema;

namespace DataFlow.Migrations.Risk;

/// <summary>
/// Measures the facts that decide whether a schema operation will fail or lose data, with read-only counting
/// queries on the session that will run it: the table's <c>row_count</c>; for NOT NULL the <c>null_count</c>; for
/// unique the <c>duplicate_count</c> (rows beyond the first of each duplicated value); for drop_column the
/// <c>non_null_count</c> (values lost); for a narrowing type change <c>max_length</c> and <c>values_too_long</c>
/// (text) or <c>values_out_of_range</c> (decimal). Identifiers are quoted by the dialect.
/// </summary>
internal static class RiskDataFacts
{
    public static async Task<IReadOnlyList<RiskFact>> MeasureAsync(DataSession session, SchemaOperation op, PlannedSchemaChange change, LogicalType? newType, CancellationToken cancellationToken)
    {
        var table = change.Table;
        var dialect = session.Dialect;
        var from = dialect.TableName(table);
        var facts = new List<RiskFact> { await FactAsync(session, "row_count", table.QualifiedName, $"SELECT COUNT(*) FROM {from}", cancellationToken) };
        var columns = op.TargetColumns.Select(c => table.FindColumn(c)).OfType<Column>().ToList();
        var subject = columns.Count == 0 ? table.QualifiedName : table.QualifiedName + "." + string.Join(",", columns.Select(c => c.Name));
        var quoted = columns.Select(c => dialect.Quote(c.Name)).ToList();
        var isUnique = (op.Operation == "add_constraint" && op.ConstraintType == "unique") || (op.Operation == "create_index" && op.Unique);
        if (op.Operation == "add_constraint" && op.ConstraintType == "not_null" && quoted.Count == 1)
        {
            facts.Add(await FactAsync(session, "null_count", subject, $"SELECT COUNT(*) FROM {from} WHERE {quoted[0]} IS NULL", cancellationToken));
        }
        else if (isUnique && quoted.Count > 0)
        {
            var keys = string.Join(", ", quoted);
            var notNull = string.Join(" AND ", quoted.Select(q => q + " IS NOT NULL"));
            facts.Add(await FactAsync(session, "duplicate_count", subject,
                $"SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM {from} WHERE {notNull} GROUP BY {keys} HAVING COUNT(*) > 1) d", cancellationToken));
        }
        else if (op.Operation == "drop_column" && quoted.Count == 1)
        {
            facts.Add(await FactAsync(session, "non_null_count", subject, $"SELECT COUNT({quoted[0]}) FROM {from}", cancellationToken));
        }
        else if (op.Operation == "alter_column_type" && quoted.Count == 1 && newType is not null)
        {
            await NarrowingFactsAsync(session, facts, subject, from, quoted[0], newType, cancellationToken);
        }

        return facts;
    }

    private static async Task NarrowingFactsAsync(DataSession session, List<RiskFact> facts, string subject, string from, string column, LogicalType type, CancellationToken cancellationToken)
    {
        if (type is { Kind: LogicalTypeKind.String, Length: { } length })
        {
            var text = session.Dialect.Expressions.CastToText(column);
            facts.Add(await FactAsync(session, "max_length", subject, $"SELECT COALESCE(MAX(LENGTH({text})), 0) FROM {from}", cancellationToken));
            facts.Add(await FactAsync(session, "values_too_long", subject, $"SELECT COUNT(*) FROM {from} WHERE LENGTH({text}) > {length.ToString(CultureInfo.InvariantCulture)}", cancellationToken));
        }
        else if (type is { Kind: LogicalTypeKind.Decimal, Precision: { } precision })
        {
            var limit = "1" + new string('0', Math.Max(precision - (type.Scale ?? 0), 0));
            facts.Add(await FactAsync(session, "values_out_of_range", subject, $"SELECT COUNT(*) FROM {from} WHERE ABS({column}) >= {limit}", cancellationToken));
        }
    }

    private static async Task<RiskFact> FactAsync(DataSession session, string name, string subject, string sql, CancellationToken cancellationToken)
    {
        await using var command = session.Command(sql, []);
        var value = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new RiskFact { Name = name, Subject = subject, Value = value };
    }
}
