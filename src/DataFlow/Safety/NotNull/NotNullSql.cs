using DataFlow.Dialects;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <summary>The statements of a <see cref="NotNullPlan"/>, per dialect.</summary>
internal static class NotNullSql
{
    /// <summary>The SQL of a default function.</summary>
    public static string Function(DefaultFunction function, bool sqlite) => (function, sqlite) switch
    {
        (DefaultFunction.CurrentTimestamp, false) => "now()",
        (DefaultFunction.CurrentTimestamp, true) => "CURRENT_TIMESTAMP",
        (DefaultFunction.RandomUuid, false) => "gen_random_uuid()",
        _ => "(lower(hex(randomblob(16))))",
    };

    /// <summary>The column default the plan leaves (static, function, or the request's default for new rows), or null.</summary>
    public static string? ColumnDefault(NotNullColumnRequest request, bool sqlite) => request.Default switch
    {
        StaticDefault constant => SqlLiteral.Of(constant.Value, sqlite),
        FunctionDefault function => Function(function.Function, sqlite),
        _ => request.NewRowsDefault is { } value ? SqlLiteral.Of(value, sqlite) : null,
    };

    /// <summary>The name of the PostgreSQL helper check (<c>df_nn_</c> + column, at most 63 bytes).</summary>
    public static string CheckName(string column)
    {
        var name = "df_nn_" + column;
        return name.Length > 63 ? name[..63] : name;
    }

    /// <summary>The steps for <paramref name="request"/> on <paramref name="table"/>.</summary>
    public static IReadOnlyList<NotNullStep> Steps(IDataDialect dialect, Table table, NotNullColumnRequest request, NotNullStrategy strategy, bool addsColumn)
    {
        var sqlite = dialect.Name == "sqlite";
        var t = dialect.TableName(table);
        var c = dialect.Quote(request.Column);
        var columnDefault = ColumnDefault(request, sqlite);
        var steps = new List<NotNullStep>();
        if (strategy == NotNullStrategy.SingleStatement)
        {
            steps.Add(new(NotNullStepKind.AddColumn, $"add {request.Column} NOT NULL with the constant default (no table rewrite)",
                $"ALTER TABLE {t} ADD COLUMN {c} {request.Type} NOT NULL DEFAULT {columnDefault}"));
            return steps;
        }

        if (addsColumn)
        {
            steps.Add(new(NotNullStepKind.AddColumn, $"add {request.Column} as a nullable column", $"ALTER TABLE {t} ADD COLUMN {c} {request.Type}"));
        }

        if (columnDefault is not null && !sqlite)
        {
            steps.Add(new(NotNullStepKind.SetDefault, "set the default for rows inserted from now on", $"ALTER TABLE {t} ALTER COLUMN {c} SET DEFAULT {columnDefault}"));
        }

        var value = request.Default switch
        {
            StaticDefault constant => SqlLiteral.Of(constant.Value, sqlite),
            ComputedDefault computed => computed.Expression,
            FunctionDefault function => Function(function.Function, sqlite),
            _ => null,
        };
        if (value is not null)
        {
            steps.Add(new(NotNullStepKind.Backfill, "fill the NULLs in key-ordered batches, one short transaction each",
                $"UPDATE {t} SET {c} = {value} WHERE {c} IS NULL /* per key range */"));
        }

        steps.Add(new(NotNullStepKind.Validate, "check that no NULL is left", string.Empty));
        if (sqlite)
        {
            steps.Add(new(NotNullStepKind.Rebuild, $"rebuild {table.Name} with {request.Column} NOT NULL" + (columnDefault is null ? string.Empty : " DEFAULT " + columnDefault),
                $"-- safe table rebuild of {t}: {c} NOT NULL" + (columnDefault is null ? string.Empty : " DEFAULT " + columnDefault)));
            return steps;
        }

        var check = dialect.Quote(CheckName(request.Column));
        steps.Add(new(NotNullStepKind.AddCheck, "add a NOT VALID check (no scan, brief lock)", $"ALTER TABLE {t} ADD CONSTRAINT {check} CHECK ({c} IS NOT NULL) NOT VALID"));
        steps.Add(new(NotNullStepKind.ValidateCheck, "validate the check (scans without blocking writers)", $"ALTER TABLE {t} VALIDATE CONSTRAINT {check}"));
        steps.Add(new(NotNullStepKind.SetNotNull, "set NOT NULL (proved by the check, no scan)", $"ALTER TABLE {t} ALTER COLUMN {c} SET NOT NULL"));
        steps.Add(new(NotNullStepKind.DropCheck, "drop the helper check", $"ALTER TABLE {t} DROP CONSTRAINT {check}"));
        return steps;
    }
}
