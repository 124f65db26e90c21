using DataFlow.CodeFirst.Reading;
using DataFlow.CodeGen;
using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <content>Columns: which properties are columns, their names, types, nullability, defaults, identity.</content>
internal sealed partial class ModelSchemaBuilder
{
    private static readonly HashSet<LogicalTypeKind> IntegerKinds = [LogicalTypeKind.Int16, LogicalTypeKind.Int32, LogicalTypeKind.Int64];

    private void MapColumnNames(Entity entity)
    {
        foreach (var property in entity.Type.Properties.Where(IsColumn))
        {
            entity.ColumnsByProperty[property.Name] = Attribute(property, "Column")?.Text(0) ?? ModelNaming.ColumnName(property.Name);
        }
    }

    private List<Column> BuildColumns(Entity entity)
    {
        var columns = new List<Column>();
        var keyColumns = entity.PrimaryKey?.Columns ?? [];
        foreach (var property in entity.Type.Properties.Where(IsColumn))
        {
            var where = entity.Type.Name + "." + property.Name;
            var rawType = Attribute(property, "Column")?.NamedText("TypeName") ?? _dialect.Spell(ClrLogicalType(property));
            var type = Attribute(property, "UnmappedType") is not null
                ? LogicalType.Of(LogicalTypeKind.Unknown)
                : _dialect.Parse(rawType, DatabaseEnumName) ?? DomainBaseType(rawType) ?? ClrLogicalType(property);
            var defaultSql = Attribute(property, "DefaultValueSql")?.Text(0) ?? InitialValue(property, rawType);
            var computed = Attribute(property, "Computed");
            var name = entity.ColumnsByProperty[property.Name];
            var isKey = keyColumns.Count == 1 && keyColumns[0] == name;
            var identity = Identity(where, property, rawType, type, isKey && defaultSql is null && computed is null);
            if (identity == IdentityKind.Serial && defaultSql is null)
            {
                defaultSql = "nextval('" + entity.Name + "_" + name + "_seq'::regclass)";
            }

            columns.Add(new Column
            {
                Name = name,
                Ordinal = columns.Count + 1,
                RawType = rawType,
                Type = type,
                IsNullable = property.IsNullable && Attribute(property, "Required") is null,
                Default = defaultSql,
                Identity = identity,
                Generated = computed is null ? GeneratedKind.None : computed.Named.GetValueOrDefault("IsStored") is false ? GeneratedKind.Virtual : GeneratedKind.Stored,
                GeneratedExpression = computed?.Text(0),
                Collation = Attribute(property, "Collation")?.Text(0),
                Comment = Attribute(property, "Comment")?.Text(0),
            });
        }

        return columns;
    }

    /// <summary>Whether <paramref name="property"/> maps a column: a scalar, enum or array type, not <c>[NotMapped]</c>.</summary>
    private bool IsColumn(ModelPropertyData property) =>
        Attribute(property, "NotMapped") is null && IsScalar(property.TypeName);

    private bool IsScalar(string typeName) =>
        ClrTypeMapper.KindOf(typeName) is not null || _enumTypes.ContainsKey(typeName) ||
        (typeName.EndsWith("[]", StringComparison.Ordinal) && IsScalar(typeName[..^2]));

    /// <summary>The logical type the CLR type and facet attributes give, before the dialect reads the raw type.</summary>
    private LogicalType ClrLogicalType(ModelPropertyData property) => ClrLogicalType(property.TypeName, property);

    private LogicalType ClrLogicalType(string typeName, ModelPropertyData property)
    {
        if (ClrTypeMapper.KindOf(typeName) is { } kind)
        {
            var precision = Attribute(property, "Precision");
            var length = Attribute(property, "MaxLength")?.Number(0) ?? Attribute(property, "StringLength")?.Number(0);
            return kind switch
            {
                LogicalTypeKind.String => LogicalType.String(length is null ? null : (int)length),
                LogicalTypeKind.Binary => new LogicalType { Kind = kind, Length = length is null ? null : (int)length },
                LogicalTypeKind.Decimal => LogicalType.Decimal((int?)precision?.Number(0), (int?)precision?.Number(1)),
                LogicalTypeKind.DateTime or LogicalTypeKind.DateTimeWithZone or LogicalTypeKind.Time =>
                    new LogicalType { Kind = kind, Precision = (int?)precision?.Number(0) },
                _ => LogicalType.Of(kind),
            };
        }

        if (_databaseEnums.TryGetValue(typeName, out var databaseEnum))
        {
            return LogicalType.EnumOf(databaseEnum.QualifiedName);
        }

        return typeName.EndsWith("[]", StringComparison.Ordinal) && typeName != "byte[]"
            ? LogicalType.ArrayOf(ClrLogicalType(typeName[..^2], property))
            : LogicalType.String();
    }

    private string? DatabaseEnumName(string rawType)
    {
        foreach (var databaseEnum in _databaseEnums.Values)
        {
            if (databaseEnum.QualifiedName == rawType || (databaseEnum.Name == rawType && databaseEnum.Schema == _dialect.DefaultSchema))
            {
                return databaseEnum.QualifiedName;
            }
        }

        return null;
    }

    /// <summary>
    /// A literal initialiser as the DEFAULT the catalog would report; enum members become their labels. An initialiser
    /// equal to the type's default value (<c>0</c>, <c>false</c>, the enum member 0) gives none: reflection cannot tell
    /// it from no initialiser, and every reader must give the same schema.
    /// </summary>
    private string? InitialValue(ModelPropertyData property, string rawType)
    {
        if (property.Initializer is not { } initializer)
        {
            return null;
        }

        var value = initializer.Value;
        if (initializer.IsEnumMember && _enumTypes.TryGetValue(property.TypeName, out var enumType))
        {
            var member = enumType.EnumMembers.FirstOrDefault(m => m.Name == (string)value);
            if (member is null || member.Value == 0)
            {
                return null;
            }

            value = member.Label ?? member.Name;
        }
        else if (value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())))
        {
            return null;
        }

        return _dialect.DefaultLiteral(value, rawType);
    }

    private IdentityKind Identity(string where, ModelPropertyData property, string rawType, LogicalType type, bool conventionalKey)
    {
        if (Attribute(property, "Identity") is { } identity)
        {
            var text = identity.Text(0) ?? "by default";
            return ModelAttributeValues.ParseIdentity(text)
                   ?? throw DataFlowErrors.InvalidModelAttribute(where, "Identity", text, ModelAttributeValues.IdentityNames);
        }

        return Attribute(property, "DatabaseGenerated")?.Text(0) switch
        {
            "Identity" => _dialect.ConventionalIdentity(rawType),
            "None" or "Computed" => IdentityKind.None,
            _ when conventionalKey && IntegerKinds.Contains(type.Kind) => _dialect.ConventionalIdentity(rawType),
            _ => IdentityKind.None,
        };
    }

    private static ModelAttributeData? Attribute(ModelPropertyData property, string name) => property.Attributes.FirstOrDefault(a => a.Name == name);
}
