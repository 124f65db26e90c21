using System.Runtime.InteropServices;
using DataFlow.Schema;

namespace DataFlow.Dialects.Postgres;

internal sealed partial class PostgresSchemaReader
{
    private ForeignKey BuildForeignKey(PostgresCatalog.ConstraintRow row) => new()
    {
        Name = row.Name,
        Columns = ColumnsOf(row),
        PrincipalSchema = row.PrincipalSchema,
        PrincipalTable = row.PrincipalTable ?? string.Empty,
        PrincipalColumns = ImmutableCollectionsMarshal.AsImmutableArray(row.PrincipalColumnNames ?? _catalog.ColumnNames(row.PrincipalOid, row.PrincipalKey ?? [])),
        OnDelete = Action(row.OnDelete),
        OnUpdate = Action(row.OnUpdate),
        IsDeferrable = row.Deferrable,
        IsInitiallyDeferred = row.Deferred,
        MatchType = row.MatchType switch
        {
            'f' => "FULL",
            'p' => "PARTIAL",
            _ => null,
        },
    };

    private UniqueConstraint BuildUnique(PostgresCatalog.ConstraintRow row) => new()
    {
        Name = row.Name,
        Columns = ColumnsOf(row),
        IsDeferrable = row.Deferrable,
        IsInitiallyDeferred = row.Deferred,
        NullsNotDistinct = row.NullsNotDistinct,
    };

    private static CheckConstraint BuildCheck(PostgresCatalog.ConstraintRow row) => BuildCheck(row.Name, row.CheckExpression, row.Validated);

    /// <summary>A table's or a domain's CHECK constraint.</summary>
    private static CheckConstraint BuildCheck(string name, string? expression, bool validated) => new()
    {
        Name = name,
        Expression = expression ?? string.Empty,
        IsNotValid = !validated,
    };

    private EquatableArray<string> ColumnsOf(PostgresCatalog.ConstraintRow row) =>
        ImmutableCollectionsMarshal.AsImmutableArray(_catalog.ColumnNames(row.RelationOid, row.Key ?? []));

    // pg_constraint.confdeltype / confupdtype.
    private static ReferentialAction Action(char code) => code switch
    {
        'r' => ReferentialAction.Restrict,
        'c' => ReferentialAction.Cascade,
        'n' => ReferentialAction.SetNull,
        'd' => ReferentialAction.SetDefault,
        _ => ReferentialAction.NoAction,
    };
}
