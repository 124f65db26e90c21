using DataFlow.Schema;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// Maps PostgreSQL types (by OID, using the rows of <see cref="PostgresCatalogQueries.Types"/>) to logical types,
/// and counts the columns of each type it cannot map, for one warning per such type.
/// </summary>
/// <remarks>
/// Enums map to <see cref="LogicalType.EnumOf"/> with the <b>always schema-qualified</b> name
/// (<c>public.mpaa_rating</c>), the same text as <see cref="EnumType.QualifiedName"/>, so that a column's
/// enum is found without knowing any search path. Domains map to their base type's logical type (the
/// column's raw type stays the domain name); arrays to an array of the element's logical type.
/// </remarks>
internal sealed class PostgresTypeMapper(IReadOnlyDictionary<uint, PostgresCatalog.TypeRow> types)
{
    private readonly SortedDictionary<string, int> _unknownColumns = new(StringComparer.Ordinal);

    // Known mappings by (type, modifier): most columns share a few dozen types, and a logical type is immutable.
    private readonly Dictionary<(uint TypeOid, int TypeModifier), LogicalType> _known = [];
    private int _unknownsMet;

    /// <summary>The unknown types met so far (display name) and how many columns use each.</summary>
    public IReadOnlyDictionary<string, int> UnknownTypes => _unknownColumns;

    /// <summary>The display name of a type read (<c>format_type(oid, NULL)</c>).</summary>
    /// <exception cref="InvalidOperationException">The type was not read: the catalogs are inconsistent.</exception>
    public string DisplayName(uint typeOid) =>
        types.TryGetValue(typeOid, out var type) ? type.DisplayName : throw new InvalidOperationException($"Type {typeOid} was not read.");

    /// <summary>
    /// The default collation of the type <paramref name="typeOid"/>: 0 when it is not collatable, or not read (the
    /// types query reads every type a column can use; a column's collation is then named, as it would differ).
    /// </summary>
    public uint Collation(uint typeOid) => types.TryGetValue(typeOid, out var type) ? type.CollationOid : 0;

    /// <summary>Maps a column's type, counting it when the type (or an array's element) is unknown.</summary>
    public LogicalType MapColumn(uint typeOid, int typeModifier)
    {
        if (_known.TryGetValue((typeOid, typeModifier), out var known))
        {
            return known;
        }

        // A type that is (or contains) an unknown one is mapped every time, so that each column is counted.
        var unknownsBefore = _unknownsMet;
        var type = Map(typeOid, typeModifier, countColumn: true);
        if (_unknownsMet == unknownsBefore)
        {
            _known[(typeOid, typeModifier)] = type;
        }

        return type;
    }

    /// <summary>Maps a domain's base type; an unknown one is listed but counts no column.</summary>
    public LogicalType MapDomainBase(uint typeOid, int typeModifier) => Map(typeOid, typeModifier, countColumn: false);

    private LogicalType Map(uint typeOid, int typeModifier, bool countColumn)
    {
        if (!types.TryGetValue(typeOid, out var type))
        {
            return Unknown("oid " + typeOid, countColumn);
        }

        return type switch
        {
            { Kind: 'd' } => Map(type.BaseTypeOid, type.BaseTypeModifier, countColumn),
            { Kind: 'e' } => LogicalType.EnumOf(SchemaObjectName.Qualify(type.Schema, type.Name)),
            { IsArray: true } => LogicalType.ArrayOf(Map(type.ElementOid, typeModifier, countColumn)),
            { Schema: "pg_catalog" } => MapBuiltIn(type.Name, typeModifier) ?? Unknown(type.DisplayName, countColumn),
            { Name: "citext" } => LogicalType.String(),
            _ => Unknown(type.DisplayName, countColumn),
        };
    }

    private static LogicalType? MapBuiltIn(string name, int typeModifier) => name switch
    {
        "int2" => LogicalType.Of(LogicalTypeKind.Int16),
        "int4" => LogicalType.Of(LogicalTypeKind.Int32),
        "int8" => LogicalType.Of(LogicalTypeKind.Int64),
        "float4" => LogicalType.Of(LogicalTypeKind.Float32),
        "float8" => LogicalType.Of(LogicalTypeKind.Float64),
        "numeric" => Decimal(typeModifier),
        "money" => LogicalType.Decimal(),
        "bool" => LogicalType.Of(LogicalTypeKind.Boolean),
        "text" or "name" => LogicalType.String(),
        "varchar" => LogicalType.String(PostgresTypeModifiers.Length(typeModifier)),
        "bpchar" => LogicalType.String(PostgresTypeModifiers.Length(typeModifier), fixedLength: true),
        "char" => LogicalType.String(1, fixedLength: true),
        "bytea" => LogicalType.Of(LogicalTypeKind.Binary),
        "date" => LogicalType.Of(LogicalTypeKind.Date),
        "time" => WithPrecision(LogicalTypeKind.Time, PostgresTypeModifiers.Precision(typeModifier)),
        "timetz" => WithPrecision(LogicalTypeKind.TimeWithZone, PostgresTypeModifiers.Precision(typeModifier)),
        "timestamp" => WithPrecision(LogicalTypeKind.DateTime, PostgresTypeModifiers.Precision(typeModifier)),
        "timestamptz" => WithPrecision(LogicalTypeKind.DateTimeWithZone, PostgresTypeModifiers.Precision(typeModifier)),
        "interval" => WithPrecision(LogicalTypeKind.Interval, PostgresTypeModifiers.IntervalPrecision(typeModifier)),
        "uuid" => LogicalType.Of(LogicalTypeKind.Uuid),
        "json" or "jsonb" => LogicalType.Of(LogicalTypeKind.Json),
        _ => null,
    };

    private static LogicalType Decimal(int typeModifier)
    {
        var (precision, scale) = PostgresTypeModifiers.Numeric(typeModifier);
        return LogicalType.Decimal(precision, scale);
    }

    private static LogicalType WithPrecision(LogicalTypeKind kind, int? precision) => new() { Kind = kind, Precision = precision };

    private LogicalType Unknown(string displayName, bool countColumn)
    {
        _unknownsMet++;
        _unknownColumns[displayName] = _unknownColumns.GetValueOrDefault(displayName) + (countColumn ? 1 : 0);
        return LogicalType.Of(LogicalTypeKind.Unknown);
    }
}
