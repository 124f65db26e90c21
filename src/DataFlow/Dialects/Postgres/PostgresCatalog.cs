namespace DataFlow.Dialects.Postgres;

/// <summary>
/// The raw catalog rows of one discovery, grouped by the OID of the object they belong to, so that
/// building the model is a dictionary lookup per table rather than a search.
/// </summary>
internal sealed class PostgresCatalog
{
    private Dictionary<uint, RelationRow>? _relationsByOid;

    /// <summary>Tables, partitions, views and materialized views.</summary>
    public required IReadOnlyList<RelationRow> Relations { get; init; }

    /// <summary><see cref="Relations"/> by OID.</summary>
    public IReadOnlyDictionary<uint, RelationRow> RelationsByOid => _relationsByOid ??= Relations.ToDictionary(r => r.Oid);

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

    /// <summary>The columns (relation OID, attnum) whose default uses a sequence the column owns.</summary>
    public required IReadOnlySet<(uint RelationOid, short AttributeNumber)> SerialColumns { get; init; }

    /// <summary>The names of the non-default operator classes, by OID (a default one is not named in a key).</summary>
    public required IReadOnlyDictionary<uint, string> OperatorClassNames { get; init; }

    /// <summary>The names of every collation, by OID (for index keys whose collation is not the implied one).</summary>
    public required IReadOnlyDictionary<uint, string> CollationNames { get; init; }

    /// <summary>The rows of <paramref name="oid"/> in <paramref name="map"/>, or none.</summary>
    public static IReadOnlyList<T> RowsOf<T>(IReadOnlyDictionary<uint, List<T>> map, uint oid) =>
        map.TryGetValue(oid, out var rows) ? rows : [];

    /// <summary>The comment on an object, or null.</summary>
    public string? CommentOn(char kind, uint oid, int subId = 0) => Comments.Count == 0 ? null : Comments.GetValueOrDefault((kind, oid, subId));

    /// <summary>The column <paramref name="attributeNumber"/> of the relation <paramref name="relationOid"/>, or null when not read.</summary>
    public ColumnRow? FindColumn(uint relationOid, short attributeNumber)
    {
        if (!ColumnsByRelation.TryGetValue(relationOid, out var columns))
        {
            return null;
        }

        // The list is in attnum order, and attnum is its position plus one until a column is dropped.
        var index = Math.Min(attributeNumber, columns.Count) - 1;
        while (index >= 0 && columns[index].AttributeNumber > attributeNumber)
        {
            index--;
        }

        return index >= 0 && columns[index].AttributeNumber == attributeNumber ? columns[index] : null;
    }

    /// <summary>The names of the columns <paramref name="attributeNumbers"/> of a relation read, in that order.</summary>
    /// <exception cref="InvalidOperationException">A column was not read: the catalogs are inconsistent.</exception>
    public string[] ColumnNames(uint relationOid, IReadOnlyList<short> attributeNumbers)
    {
        var names = new string[attributeNumbers.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = FindColumn(relationOid, attributeNumbers[i])?.Name
                ?? throw new InvalidOperationException($"Column {attributeNumbers[i]} of relation {relationOid} was not read.");
        }

        return names;
    }

    /// <summary>A table (<c>r</c>, <c>p</c>), view (<c>v</c>) or materialized view (<c>m</c>).</summary>
    public sealed record RelationRow(
        uint Oid, string Schema, string Name, char Kind, bool Unlogged, bool RowSecurity, bool ForceRowSecurity,
        string? PartitionKey, string? PartitionOf, string? Inherits, string? Definition);

    /// <summary>
    /// A column; <see cref="Identity"/> and <see cref="Generated"/> are the catalog codes or <c>'\0'</c>;
    /// <see cref="RawType"/> is null when it is the type's display name, or <c>varchar(n)</c> or <c>numeric(p,s)</c>
    /// (see <see cref="PostgresTypeModifiers.Format"/>). A struct: a large schema has tens of thousands of columns,
    /// and their rows live in the lists of <see cref="ColumnsByRelation"/> rather than as as many objects for the
    /// garbage collector to trace and copy while discovery runs.
    /// </summary>
    public readonly record struct ColumnRow(
        uint RelationOid, short AttributeNumber, string Name, string? RawType, uint TypeOid, int TypeModifier, bool NotNull, string? Default,
        char Identity, char Generated, uint CollationOid);

    /// <summary>
    /// A PK (<c>p</c>), unique (<c>u</c>), foreign key (<c>f</c>) or check (<c>c</c>) constraint. Columns are
    /// attribute numbers; <see cref="PrincipalColumnNames"/> is set when the principal's columns may not have been read.
    /// </summary>
    public sealed record ConstraintRow(
        uint RelationOid, string Name, char Type, short[]? Key, string? PrincipalSchema, string? PrincipalTable,
        uint PrincipalOid, short[]? PrincipalKey, string[]? PrincipalColumnNames, char OnUpdate, char OnDelete, char MatchType,
        bool Deferrable, bool Deferred, bool Validated, string? CheckExpression, bool NullsNotDistinct);

    /// <summary>
    /// An index. <see cref="Keys"/> has one attribute number per index position (0 for an expression; key
    /// columns first, then INCLUDE columns); the other arrays one entry per key column. <see cref="Expressions"/>
    /// and <see cref="KeyTypeCollations"/> (the default collation of each position's type) are set only when
    /// the index has expressions.
    /// </summary>
    public sealed record IndexRow(
        uint RelationOid, string Name, bool IsUnique, bool NullsNotDistinct, string? Method, int KeyCount,
        short[] Keys, short[] Options, uint[] OperatorClassOids, uint[] CollationOids, string?[]? Expressions,
        uint[]? KeyTypeCollations, string? Predicate);

    /// <summary>A type used by a column or domain; <see cref="CollationOid"/> is its default collation (0 when not collatable).</summary>
    public sealed record TypeRow(
        uint Oid, string Schema, string Name, char Kind, bool IsArray, uint ElementOid, uint BaseTypeOid,
        int BaseTypeModifier, string DisplayName, uint CollationOid);

    /// <summary>An enum type.</summary>
    public sealed record EnumRow(uint Oid, string Schema, string Name, string[] Labels);

    /// <summary>A domain.</summary>
    public sealed record DomainRow(
        uint Oid, string Schema, string Name, string RawBaseType, uint BaseTypeOid, int BaseTypeModifier, bool NotNull,
        string? Default, string? Collation);

    /// <summary>A domain's CHECK constraint.</summary>
    public sealed record DomainCheckRow(uint DomainOid, string Name, string Expression, bool Validated);

    /// <summary>
    /// A sequence (its type is smallint, integer or bigint, named from <see cref="Types"/>); its owning column, if any, is
    /// (<see cref="OwnerOid"/>, <see cref="OwnerColumn"/>), and
    /// <see cref="OwnedBy"/> names it when the owner's columns may not have been read.
    /// </summary>
    public sealed record SequenceRow(
        string Schema, string Name, uint DataTypeOid, long Start, long Increment, long Min, long Max, long Cache,
        bool Cycle, uint? OwnerOid, short OwnerColumn, string? OwnedBy, bool IsIdentity);

    /// <summary>An object the model cannot represent.</summary>
    public sealed record UnsupportedRow(string Kind, string Name);
}
