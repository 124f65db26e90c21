using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <summary>
/// The sequence PostgreSQL creates for an identity or serial column: <c>{table}_{column}_seq</c>, of the column's
/// integer type, from 1 by 1 up to the type's maximum, cache 1. Models get it without a <c>[Sequence]</c>, and the
/// scaffold writes only sequences that differ from it.
/// </summary>
internal static class OwnedSequences
{
    /// <summary>The sequence <paramref name="column"/> of <paramref name="table"/> gets implicitly, or null when it gets none.</summary>
    public static Sequence? Implicit(Table table, Column column)
    {
        if (column.Identity is not (IdentityKind.Always or IdentityKind.ByDefault or IdentityKind.Serial))
        {
            return null;
        }

        var dataType = column.Type.Kind switch
        {
            LogicalTypeKind.Int16 => "smallint",
            LogicalTypeKind.Int64 => "bigint",
            _ => "integer",
        };
        return new Sequence
        {
            Schema = table.Schema,
            Name = table.Name + "_" + column.Name + "_seq",
            DataType = dataType,
            StartValue = 1,
            Increment = 1,
            MinValue = 1,
            MaxValue = MaxOf(dataType),
            CacheSize = 1,
            OwnedBy = table.QualifiedName + "." + column.Name,
            IsIdentity = column.Identity != IdentityKind.Serial,
        };
    }

    /// <summary>The largest value of a sequence of <paramref name="dataType"/> (<c>smallint</c>, <c>integer</c>, else <c>bigint</c>).</summary>
    public static long MaxOf(string dataType) => dataType switch
    {
        "smallint" => short.MaxValue,
        "integer" => int.MaxValue,
        _ => long.MaxValue,
    };
}
