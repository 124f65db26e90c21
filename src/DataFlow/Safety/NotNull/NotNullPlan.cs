using DataFlow.Migrations.Risk;

namespace DataFlow.Safety;

/// <summary>
/// The plan of a <see cref="NotNullColumnRequest"/>: the strategy, its steps with their SQL, the risk and the facts read
/// from the data. Executing it again after an interruption skips the steps already done (see <see cref="NotNullColumnHandler"/>).
/// </summary>
public sealed record NotNullPlan
{
    /// <summary>The request.</summary>
    public required NotNullColumnRequest Request { get; init; }

    /// <summary>The table's qualified name as the catalog spells it.</summary>
    public required string Table { get; init; }

    /// <summary>The dialect (<c>postgresql</c>, <c>sqlite</c>).</summary>
    public required string Dialect { get; init; }

    /// <summary>The strategy.</summary>
    public required NotNullStrategy Strategy { get; init; }

    /// <summary>True when the plan adds the column (a rollback drops it).</summary>
    public required bool AddsColumn { get; init; }

    /// <summary>The steps in order.</summary>
    public required IReadOnlyList<NotNullStep> Steps { get; init; }

    /// <summary>Static risk findings with the facts <c>row_count</c> and <c>null_count</c>.</summary>
    public required RiskAssessment Risk { get; init; }

    /// <summary>Rows in the table when planned.</summary>
    public required long RowCount { get; init; }

    /// <summary>Rows whose column is NULL when planned (every row for a new column).</summary>
    public required long NullCount { get; init; }

    /// <summary>Problems that make the plan unsafe to execute (empty when it may run); <see cref="NotNullColumnHandler.ExecuteAsync"/> refuses a plan with any.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>The plan's SQL, one statement per line, as a dry run prints it.</summary>
    public string Script => string.Join(Environment.NewLine, Steps.Where(s => s.Sql.Length > 0).Select(s => s.Sql + ";"));
}
