using System.Collections.Immutable;
using DataFlow.Schema;

namespace DataFlow.Snapshots.Binary;

/// <summary>Reads what <see cref="SchemaBinaryWriter"/> wrote, in the same order.</summary>
/// <remarks>Damaged input throws <see cref="EndOfStreamException"/> or <see cref="InvalidDataException"/>.</remarks>
internal sealed class SchemaBinaryReader(BinaryReader input)
{

    /// <summary>Reads a <see cref="DatabaseSchema"/>.</summary>
    public DatabaseSchema ReadSchema() => new()
    {
        Dialect = input.ReadString(),
        Tables = List(ReadTable),
        Views = List(ReadView),
        Enums = List(ReadEnum),
        Domains = List(ReadDomain),
        Sequences = List(ReadSequence),
        Warnings = List(ReadWarning),
    };

    /// <summary>Reads a <see cref="Table"/>.</summary>
    public Table ReadTable() => new()
    {
        Schema = Text(),
        Name = input.ReadString(),
        Columns = List(ReadColumn),
        PrimaryKey = input.ReadBoolean() ? new PrimaryKey { Name = Text(), Columns = Names() } : null,
        ForeignKeys = List(ReadForeignKey),
        UniqueConstraints = List(ReadUnique),
        CheckConstraints = List(ReadCheck),
        Indexes = List(ReadIndex),
        Comment = Text(),
        Annotations = List(() => new Annotation(input.ReadString(), input.ReadString())),
    };

    /// <summary>Reads a list of strings.</summary>
    public EquatableArray<string> Names() => List(input.ReadString);

    /// <summary>Reads a string that may be null.</summary>
    public string? Text() => input.ReadBoolean() ? input.ReadString() : null;

    private Column ReadColumn() => new()
    {
        Name = input.ReadString(),
        Ordinal = input.ReadInt32(),
        RawType = input.ReadString(),
        Type = ReadType(),
        IsNullable = input.ReadBoolean(),
        Default = Text(),
        Identity = (IdentityKind)Enum((int)IdentityKind.RowIdAlias, nameof(IdentityKind)),
        Generated = (GeneratedKind)Enum((int)GeneratedKind.Virtual, nameof(GeneratedKind)),
        GeneratedExpression = Text(),
        Collation = Text(),
        Comment = Text(),
    };

    // Arrays of arrays are as deep as a type gets; damaged input must not recurse without end.
    private LogicalType ReadType(int depth = 0) => depth > 16 ? throw new InvalidDataException("a logical type nested too deep") : new()
    {
        Kind = (LogicalTypeKind)Enum((int)LogicalTypeKind.Enum, nameof(LogicalTypeKind)),
        Length = Number(),
        IsFixedLength = input.ReadBoolean(),
        Precision = Number(),
        Scale = Number(),
        ElementType = input.ReadBoolean() ? ReadType(depth + 1) : null,
        EnumName = Text(),
    };

    private ForeignKey ReadForeignKey() => new()
    {
        Name = Text(),
        Columns = Names(),
        PrincipalSchema = Text(),
        PrincipalTable = input.ReadString(),
        PrincipalColumns = Names(),
        OnDelete = (ReferentialAction)Enum((int)ReferentialAction.SetDefault, nameof(ReferentialAction)),
        OnUpdate = (ReferentialAction)Enum((int)ReferentialAction.SetDefault, nameof(ReferentialAction)),
        IsDeferrable = input.ReadBoolean(),
        IsInitiallyDeferred = input.ReadBoolean(),
        MatchType = Text(),
    };

    private UniqueConstraint ReadUnique() => new()
    {
        Name = Text(),
        Columns = Names(),
        IsDeferrable = input.ReadBoolean(),
        IsInitiallyDeferred = input.ReadBoolean(),
        NullsNotDistinct = input.ReadBoolean(),
    };

    private CheckConstraint ReadCheck() => new() { Name = Text(), Expression = input.ReadString(), IsNotValid = input.ReadBoolean() };

    private TableIndex ReadIndex() => new()
    {
        Name = input.ReadString(),
        Keys = List(ReadIndexKey),
        IsUnique = input.ReadBoolean(),
        Method = Text(),
        Predicate = Text(),
        IncludedColumns = Names(),
        NullsNotDistinct = input.ReadBoolean(),
    };

    private IndexKey ReadIndexKey() => new()
    {
        Column = Text(),
        Expression = Text(),
        IsDescending = input.ReadBoolean(),
        NullsFirst = input.ReadByte() switch
        {
            0 => null,
            1 => false,
            2 => true,
            var other => throw new InvalidDataException($"invalid NULLS FIRST marker {other}"),
        },
        Collation = Text(),
        OperatorClass = Text(),
    };

    private View ReadView() => new()
    {
        Schema = Text(),
        Name = input.ReadString(),
        IsMaterialized = input.ReadBoolean(),
        Definition = input.ReadString(),
        Columns = List(ReadColumn),
        Indexes = List(ReadIndex),
        Comment = Text(),
    };

    private EnumType ReadEnum() => new() { Schema = Text(), Name = input.ReadString(), Values = Names(), Comment = Text() };

    private DomainType ReadDomain() => new()
    {
        Schema = Text(),
        Name = input.ReadString(),
        RawBaseType = input.ReadString(),
        BaseType = ReadType(),
        IsNotNull = input.ReadBoolean(),
        Default = Text(),
        Collation = Text(),
        CheckConstraints = List(ReadCheck),
        Comment = Text(),
    };

    private Sequence ReadSequence() => new()
    {
        Schema = Text(),
        Name = input.ReadString(),
        DataType = input.ReadString(),
        StartValue = input.ReadInt64(),
        Increment = input.ReadInt64(),
        MinValue = input.ReadInt64(),
        MaxValue = input.ReadInt64(),
        CacheSize = input.ReadInt64(),
        IsCyclic = input.ReadBoolean(),
        OwnedBy = Text(),
        IsIdentity = input.ReadBoolean(),
    };

    private SchemaWarning ReadWarning() => new() { Code = input.ReadString(), ObjectKind = input.ReadString(), ObjectName = Text(), Message = input.ReadString() };

    private int? Number() => input.ReadBoolean() ? input.ReadInt32() : null;

    // A value of an enum numbered 0…max (its last member; checked without Enum.IsDefined, whose reflection a fresh
    // process would pay for).
    private int Enum(int max, string enumName)
    {
        var value = input.ReadInt32();
        return value >= 0 && value <= max ? value : throw new InvalidDataException($"invalid {enumName} {value}");
    }

    private EquatableArray<T> List<T>(Func<T> read)
    {
        var count = input.ReadInt32();
        if (count < 0 || count > input.BaseStream.Length)
        {
            throw new InvalidDataException($"invalid list length {count}");
        }

        if (count == 0)
        {
            return EquatableArray<T>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items.MoveToImmutable();
    }
}
