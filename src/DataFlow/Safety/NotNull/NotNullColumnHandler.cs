using DataFlow.Data;
using DataFlow.Expressions;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <summary>
/// Adds a NOT NULL column to a live table, or makes an existing column NOT NULL, without long locks:
/// <see cref="PlanAsync"/> chooses one DDL statement when a constant default suffices (PostgreSQL 11+ stores it
/// without rewriting the table), otherwise add nullable → batched backfill from a static, computed or function
/// default → validate → NOT NULL (PostgreSQL: a <c>NOT VALID</c> check, <c>VALIDATE</c>, <c>SET NOT NULL</c> proved by
/// the check, drop the check; SQLite: the safe table rebuild). <see cref="ExecuteAsync"/> runs the plan with progress;
/// run it again after an interruption and it skips what is done and backfills the rows left.
/// <see cref="RollbackAsync"/> undoes it. Every DDL goes through the guarded executor (refused, with nothing changed,
/// in existing-schema mode); on PostgreSQL each statement waits at most <see cref="NotNullOptions.LockTimeout"/> for its
/// lock and is retried, so writers never queue long behind it.
/// </summary>
public sealed partial class NotNullColumnHandler
{
    private readonly DataFlowDb _db;
    private readonly NotNullOptions _options;

    /// <summary>A handler for the database of <paramref name="db"/>.</summary>
    public NotNullColumnHandler(DataFlowDb db, NotNullOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _options = options ?? NotNullOptions.Default;
    }

    /// <summary>
    /// Plans <paramref name="request"/>: reads the table, counts its rows and NULLs, checks the type and the default,
    /// and lists the steps with their SQL, the static risk findings and the problems that forbid executing it. Read-only.
    /// </summary>
    /// <exception cref="DataFlowException"><c>DF-SAFE-001</c> for an unknown table, a column that is missing (no type given) or already exists (type given), a bad type or default.</exception>
    public async Task<NotNullPlan> PlanAsync(NotNullColumnRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await _db.Data.OpenAsync(cancellationToken);
        var table = await RequireTableAsync(session, request.Table, cancellationToken);
        var column = table.FindColumn(request.Column);
        var adds = column is null;
        var sqlite = session.Dialect.Name == "sqlite";
        Check(request, table, column, sqlite);
        var rows = await CountAsync(session, table, null, cancellationToken);
        var nulls = adds ? rows : await CountAsync(session, table, column!.Name, cancellationToken);
        var strategy = adds && request.Default is StaticDefault ? NotNullStrategy.SingleStatement : NotNullStrategy.Backfill;
        var steps = column is { IsNullable: false } ? [] : NotNullSql.Steps(session.Dialect, table, request, strategy, adds);
        var problems = new List<string>();
        if (request.Default is null && nulls > 0)
        {
            problems.Add($"{nulls} rows hold NULL and no default was given to fill them");
        }

        if (strategy == NotNullStrategy.Backfill && nulls > 0 && table.PrimaryKey is null)
        {
            problems.Add($"{table.QualifiedName} has no primary key, which the batched backfill needs");
        }

        return new NotNullPlan
        {
            Request = request,
            Table = table.QualifiedName,
            Dialect = session.Dialect.Name,
            Strategy = strategy,
            AddsColumn = adds,
            Steps = steps,
            Risk = Assess(table, request, adds, strategy, sqlite, rows, nulls),
            RowCount = rows,
            NullCount = nulls,
            Problems = problems,
        };
    }

    private static void Check(NotNullColumnRequest request, Table table, Column? column, bool sqlite)
    {
        if (column is null && request.Type is null)
        {
            throw DataFlowErrors.SafetyRequestInvalid($"{table.QualifiedName} has no column '{request.Column}'.",
                "Give Type to add it, or name an existing column (" + string.Join(", ", table.Columns.Select(c => c.Name)) + ").");
        }

        if (column is not null && request.Type is not null)
        {
            throw DataFlowErrors.SafetyRequestInvalid($"{table.QualifiedName}.{column.Name} exists already, but Type asks to add it.",
                "Leave Type out to make the existing column NOT NULL, or choose a new name.");
        }

        if (request.Type is { } type && !SqlLiteral.IsTypeName(type))
        {
            throw DataFlowErrors.SafetyRequestInvalid($"'{type}' is not a column type DataFlow writes into DDL.",
                "Write a type name with an optional length or precision: bigint, varchar(20), numeric(10,2), timestamp with time zone, text[].");
        }

        switch (request.Default)
        {
            case StaticDefault constant when SqlLiteral.Of(constant.Value, sqlite) is null:
                throw DataFlowErrors.SafetyRequestInvalid($"The static default {constant.Value} ({constant.Value.GetType().Name}) cannot be written as a constant.",
                    "Use a string, number or boolean; for computed values use NotNullDefault.Computed.");
            case ComputedDefault computed:
                var expression = CheckedExpression.Parse(computed.Expression, table);
                if (expression.IsVolatile)
                {
                    throw DataFlowErrors.SafetyRequestInvalid($"'{computed.Expression}' reads the clock.", "Use NotNullDefault.FromFunction(DefaultFunction.CurrentTimestamp).");
                }

                break;
        }

        if (request.NewRowsDefault is { } fresh && SqlLiteral.Of(fresh, sqlite) is null)
        {
            throw DataFlowErrors.SafetyRequestInvalid($"NewRowsDefault {fresh} cannot be written as a constant.", "Use a string, number or boolean.");
        }
    }

    private static RiskAssessment Assess(Table table, NotNullColumnRequest request, bool adds, NotNullStrategy strategy, bool sqlite, long rows, long nulls)
    {
        var findings = new List<RiskFinding>();
        var name = table.QualifiedName + "." + request.Column;
        if (!adds)
        {
            findings.Add(RiskRules.NotNullOnColumn(name));
        }

        if (sqlite && strategy == NotNullStrategy.Backfill)
        {
            findings.Add(RiskRules.TableRebuild(table.QualifiedName, "making " + request.Column + " NOT NULL"));
        }

        return RiskAssessment.Of(findings).WithFacts(
        [
            new RiskFact { Name = "row_count", Subject = table.QualifiedName, Value = rows },
            new RiskFact { Name = "null_count", Subject = name, Value = nulls },
        ]);
    }

    internal static async Task<Table> RequireTableAsync(DataSession session, string name, CancellationToken cancellationToken) =>
        await session.Dialect.LiveCatalog.FindTableAsync(session, name, cancellationToken)
        ?? throw DataFlowErrors.SafetyRequestInvalid($"'{name}' is not a table of the database (or this user cannot see it).",
            "Check the name with dataflow discover; PostgreSQL tables outside the search path are named schema.table.");

    /// <summary>Counts the rows of <paramref name="table"/>, or those where <paramref name="nullColumn"/> is NULL.</summary>
    internal static async Task<long> CountAsync(DataSession session, Table table, string? nullColumn, CancellationToken cancellationToken)
    {
        var text = "SELECT COUNT(*) FROM " + session.Dialect.TableName(table) + (nullColumn is null ? string.Empty : " WHERE " + session.Dialect.Quote(nullColumn) + " IS NULL");
        await using var command = session.Command(text, []);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
