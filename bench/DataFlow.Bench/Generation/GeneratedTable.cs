namespace DataFlow.Bench.Generation;

/// <summary>A dialect-neutral table of the generated schema; the primary key is always <c>id</c>.</summary>
internal sealed record GeneratedTable(
    string Name,
    IReadOnlyList<GeneratedColumn> Columns,
    IReadOnlyList<GeneratedForeignKey> ForeignKeys,
    IReadOnlyList<GeneratedIndex> Indexes);

/// <summary>A column; <paramref name="Length"/>, <paramref name="Precision"/> and <paramref name="Scale"/> apply to varchar and numeric.</summary>
internal sealed record GeneratedColumn(
    string Name,
    ColumnKind Kind,
    bool Nullable,
    ColumnDefault Default = ColumnDefault.None,
    int Length = 0,
    int Precision = 0,
    int Scale = 0);

/// <summary>A single-column foreign key to the <c>id</c> of an earlier table.</summary>
internal sealed record GeneratedForeignKey(string Name, string Column, string PrincipalTable);

/// <summary>A secondary index.</summary>
internal sealed record GeneratedIndex(string Name, bool Unique, IReadOnlyList<string> Columns);

/// <summary>The column types the generator mixes; each dialect renders them its own way.</summary>
internal enum ColumnKind
{
    Identity,
    BigInt,
    Int,
    Text,
    Varchar,
    Numeric,
    Bool,
    Timestamp,
    TimestampWithZone,
    Date,
    Uuid,
    Json,
}

/// <summary>The defaults the generator uses; a dialect may have no spelling for one (then the column has no default).</summary>
internal enum ColumnDefault
{
    None,
    Zero,
    True,
    Now,
    StatusNew,
    RandomUuid,
}
