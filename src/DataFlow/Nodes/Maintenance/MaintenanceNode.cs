using DataFlow.Data;
using DataFlow.Expressions;
using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// The base of the data nodes that work on tables by name (<see cref="DataBackfillNode"/>, <see cref="DataMigrationNode"/>,
/// <see cref="ValidationNode"/>, <see cref="MonitoringNode"/>): they run on the run's session (inside its transaction
/// when a <c>TransactionScopeNode</c> opened one), read the catalog on that session, and check every table and column
/// name against it before it reaches SQL. Each takes <c>input</c> and gives <c>result</c>, so that the seed's
/// <c>result → input</c> connections order them.
/// </summary>
internal abstract class MaintenanceNode(DataConnections data) : Node
{
    /// <summary><c>input</c>: any value, only to order the node after another (the seed connects <c>result → input</c>).</summary>
    protected static readonly NodeParameter Input = new("input", ParameterType.Any) { Description = "Connect another node's result here to run after it (the value is not used)." };

    /// <summary><c>batch_size</c> of the batched nodes.</summary>
    protected static readonly NodeParameter BatchSize = new("batch_size", ParameterType.Integer) { Default = 1000L, Description = "Rows per batch; each batch is one short transaction." };

    /// <summary>The database's connections.</summary>
    protected DataConnections Data { get; } = data;

    /// <inheritdoc />
    public sealed override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var session = await Data.SessionAsync(context.RunId, cancellationToken);
        try
        {
            return await RunAsync(context, session, cancellationToken);
        }
        catch (Exception exception) when (session.Dialect.IsDriverError(exception) && !cancellationToken.IsCancellationRequested)
        {
            throw DataFlowErrors.NodeStatementFailed(context.NodeId, Work, exception);
        }
    }

    /// <summary>What the node's statements do, for errors: "the backfill's update".</summary>
    protected abstract string Work { get; }

    /// <summary>Does the node's work on <paramref name="session"/>.</summary>
    protected abstract Task<NodeOutput> RunAsync(NodeContext context, DataSession session, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected internal override void Validate(NodeValidationContext context)
    {
        if (context.Parameters.TryGetValue("batch_size", out var size) && size is not null && Convert.ToInt64(size, System.Globalization.CultureInfo.InvariantCulture) < 1)
        {
            context.Fail("batch_size", $"it is {size}", "Use 1 or more rows per batch.");
        }
    }

    /// <summary>The table <paramref name="name"/> read on <paramref name="session"/>, or a <c>DF-NODE-001</c> error with a suggestion.</summary>
    protected static async Task<Table> RequireTableAsync(DataSession session, string nodeId, string parameter, string name, CancellationToken cancellationToken)
    {
        var catalog = session.Dialect.LiveCatalog;
        var table = await catalog.FindTableAsync(session, name, cancellationToken);
        if (table is not null)
        {
            return table;
        }

        var names = await catalog.TableNamesAsync(session, cancellationToken);
        var bare = names.Select(n => n[(n.LastIndexOf('.') + 1)..]);
        throw DataFlowErrors.NodeTableNotFound(nodeId, parameter, name, NameSuggester.Suggest(name, names.Concat(bare).Distinct()));
    }

    /// <summary>The column <paramref name="name"/> of <paramref name="table"/>, or a <c>DF-NODE-002</c> error with a suggestion.</summary>
    protected static Column RequireColumn(Table table, string nodeId, string parameter, string name)
    {
        var column = table.FindColumn(name);
        if (column is not null)
        {
            return column;
        }

        var names = table.Columns.Select(c => c.Name).ToList();
        throw DataFlowErrors.NodeColumnNotFound(nodeId, parameter, name, table.QualifiedName, names, NameSuggester.Suggest(name, names));
    }

    /// <summary>A column the node may write, or a <c>DF-NODE-002</c>/<c>DF-NODE-004</c> error.</summary>
    protected static Column RequireWritableColumn(Table table, string nodeId, string parameter, string name)
    {
        var column = RequireColumn(table, nodeId, parameter, name);
        var reason = ModelMap.NotWritableReason(column);
        return reason is null ? column : throw DataFlowErrors.NodeColumnNotWritable(nodeId, parameter, column.Name, reason);
    }

    /// <summary>Parses and checks <paramref name="text"/> against <paramref name="table"/>; errors name <paramref name="parameter"/>.</summary>
    protected static CheckedExpression Expression(string text, Table table, string parameter)
    {
        try
        {
            return CheckedExpression.Parse(text, table);
        }
        catch (DataFlowExpressionException error)
        {
            throw error.In(parameter);
        }
    }

    /// <summary>Parses and checks a condition (<c>where</c>): an expression over <paramref name="table"/> that must give a boolean.</summary>
    protected static CheckedExpression Condition(string text, Table table, string parameter)
    {
        var condition = Expression(text, table, parameter);
        if (!ValueKinds.Fits(condition.Kind, ValueKind.Boolean))
        {
            throw DataFlowErrors.ExpressionTypeMismatch(text, 0, $"a condition must be true or false, but this is {ValueKinds.Describe(condition.Kind)}").In(parameter);
        }

        return condition;
    }

    /// <summary>A DF-EXPR-005 error when <paramref name="expression"/> cannot fill <paramref name="target"/>.</summary>
    protected static void RequireFits(CheckedExpression expression, Column target, string parameter)
    {
        var wanted = ValueKinds.Of(target.Type);
        if (!ValueKinds.Fits(expression.Kind, wanted) && !(expression.Kind == ValueKind.String && expression.Syntax is LiteralSyntax))
        {
            throw DataFlowErrors.ExpressionTypeMismatch(expression.Text, 0,
                $"the expression gives {ValueKinds.Describe(expression.Kind)}, but '{target.Name}' holds {ValueKinds.Describe(wanted)} ({target.RawType})").In(parameter);
        }
    }

    /// <summary>The output: every value, plus all of them again as <c>result</c>.</summary>
    protected static NodeOutput Output(IReadOnlyList<KeyValuePair<string, object?>> values) =>
        new([.. values, new("result", values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))]);
}
