namespace DataFlow.Dialects.Postgres;

/// <summary>
/// The raw catalog rows of one discovery, grouped by the OID of the object they belong to, so that
/// building the model is a dictionary lookup per table rather than a search.
/// </summary>
internal sealed class PostgresCatalog
{
    /// <summary>Tables, partitions, views and materialized views.</summary>
    public required IReadOnlyList<RelationRow> Relations { get; init; }

    /// <summary>Columns by relation OID, in attnum order.</summary>
    public required IReadOnlyDictionary<uint, List<ColumnRow>> ColumnsByRelation { get; init; }

    /// <summary>PK, unique, FK and check constraints by table OID.</summary>
    public required IReadOnlyDictionary<uint, List<ConstraintRow>> ConstraintsByRelation { get; init; }

    /// <summary>Indexes not backing a constraint, by table or materialized view OID.</summary>
    public required IReadOnlyDictionary<uint, List<IndexRow>> IndexesByRelation { get; init; }

    /// <summary>Every type the columns and domains use, by type OID.</summary>
    public required IReadOnlyDictionary<uint, TypeRow> Types { get; init; }

    /// <summary>Enum types.</summary>
    public required IReadOnlyList<EnumRow> Enums { get; init; }

    /// <summary>Domains.</summary>
    public required IReadOnlyList<DomainRow> Domains { get; init; }

    /// <summary>Domain CHECK constraints by domain OID.</summary>
    public required IReadOnlyDictionary<uint, List<DomainCheckRow>> ChecksByDomain { get; init; }

    /// <summary>Sequences.</summary>
    public required IReadOnlyList<SequenceRow> Sequences { get; init; }

    /// <summary>Comments keyed by (kind <c>r</c> relation / <c>t</c> type, OID, column number or 0).</summary>
    public required IReadOnlyDictionary<(char Kind, uint Oid, int SubId), string> Comments { get; init; }

    /// <summary>Objects the model cannot represent.</summary>
    public required IReadOnlyList<UnsupportedRow> Unsupported { get; init; }

    /// <summary>The rows of <paramref name="oid"/> in <paramref name="map"/>, or none.</summary>
    public static IReadOnlyList<T> RowsOf<T>(IReadOnlyDictionary<uint, List<T>> map, uint oid) =>
        map.TryGetValue(oid, out var rows) ? rows : [];

    /// <summary>The comment on an object, or null.</summary>
    public string? CommentOn(char kind, uint oid, int subId = 0) => Comments.GetValueOrDefault((kind, oid, subId));

    /// <summary>A table (<c>r</c>, <c>p</c>), view (<c>v</c>) or materialized view (<c>m</c>).</summary>
    public sealed record RelationRow(
        uint Oid, string Schema, string Name, char Kind, bool Unlogged, bool RowSecurity, bool ForceRowSecurity,
        string? PartitionKey, string? PartitionOf, string? Inherits, string? Definition);

    /// <summary>A column; <see cref="Identity"/> and <see cref="Generated"/> are the catalog codes or empty.</summary>
    public sealed record ColumnRow(
        uint RelationOid, short AttributeNumber, string Name, string RawType, uint TypeOid, int TypeModifier, bool NotNull, string? Default,
        string Identity, string Generated, string? Collation, bool OwnsDefaultSequence);

    /// <summary>A PK (<c>p</c>), unique (<c>u</c>), foreign key (<c>f</c>) or check (<c>c</c>) constraint.</summary>
    public sealed record ConstraintRow(
        uint RelationOid, string Name, char Type, string[] Columns, string? PrincipalSchema, string? PrincipalTable,
        string[] PrincipalColumns, char OnUpdate, char OnDelete, char MatchType, bool Deferrable, bool Deferred,
        bool Validated, string? CheckExpression, bool NullsNotDistinct);

    /// <summary>An index; the arrays have one entry per index position (key columns first, then INCLUDE columns).</summary>
    public sealed record IndexRow(
        uint RelationOid, string Name, bool IsUnique, bool NullsNotDistinct, string? Method, int KeyCount,
        string?[] Columns, string?[] Expressions, short[] Options, string?[] OperatorClasses, string?[] Collations,
        string? Predicate);

    /// <summary>A type used by a column or domain.</summary>
    public sealed record TypeRow(
        uint Oid, string Schema, string Name, char Kind, bool IsArray, uint ElementOid, uint BaseTypeOid,
        int BaseTypeModifier, string DisplayName);

    /// <summary>An enum type.</summary>
    public sealed record EnumRow(uint Oid, string Schema, string Name, string[] Labels);

    /// <summary>A domain.</summary>
    public sealed record DomainRow(
        uint Oid, string Schema, string Name, string RawBaseType, uint BaseTypeOid, int BaseTypeModifier, bool NotNull,
        string? Default, string? Collation);

    /// <summary>A domain's CHECK constraint.</summary>
    public sealed record DomainCheckRow(uint DomainOid, string Name, string Expression, bool Validated);

    /// <summary>A sequence.</summary>
    public sealed record SequenceRow(
        string Schema, string Name, string DataType, long Start, long Increment, long Min, long Max, long Cache,
        bool Cycle, string? OwnedBy, bool IsIdentity);

    /// <summary>An object the model cannot represent.</summary>
    public sealed record UnsupportedRow(string Kind, string Name);
}
