using DataFlow.CodeFirst.Reading;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <summary>
/// Applies the code-first conventions (docs/code-first-models.md) to classes and enums seen by any reader (reflection,
/// Roslyn source, assembly) and builds the <see cref="DatabaseSchema"/> they describe: the one place the conventions live.
/// </summary>
internal sealed partial class ModelSchemaBuilder
{
    private readonly IModelDialect _dialect;
    private readonly Dictionary<string, ModelTypeData> _enumTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumType> _databaseEnums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);

    private ModelSchemaBuilder(IModelDialect dialect) => _dialect = dialect;

    /// <summary>Builds the schema of <paramref name="types"/> (model classes, <c>[DatabaseObjects]</c> classes and enums).</summary>
    /// <exception cref="DataFlowConfigurationException"><c>DF-CF-003</c>, <c>DF-CF-004</c>, <c>DF-CF-009</c>: an attribute that cannot be applied.</exception>
    public static DatabaseSchema Build(IReadOnlyList<ModelTypeData> types, IModelDialect dialect) => new ModelSchemaBuilder(dialect).Run(types);

    private DatabaseSchema Run(IReadOnlyList<ModelTypeData> types)
    {
        foreach (var type in types.Where(t => t.IsEnum))
        {
            _enumTypes.TryAdd(type.Name, type);
            if (DatabaseEnum(type) is { } databaseEnum)
            {
                _databaseEnums.TryAdd(type.Name, databaseEnum);
            }
        }

        ReadDomains(types);

        // Names first: foreign keys and navigations refer to other models by table.
        foreach (var type in types.Where(t => !t.IsEnum && t.Attribute("DatabaseObjects") is null))
        {
            var table = type.Attribute("Table");
            var name = table?.Text(0) ?? ModelNaming.TableName(type.Name);
            var schema = _dialect.DefaultSchema is null ? null : table?.NamedText("Schema") ?? _dialect.DefaultSchema;
            _entities.TryAdd(type.Name, new Entity(type, schema, name));
        }

        var tables = new List<Table>();
        var views = new List<View>();
        foreach (var entity in _entities.Values)
        {
            MapColumnNames(entity);
            var view = entity.Type.Attribute("View");
            entity.PrimaryKey = view is null ? BuildPrimaryKey(entity) : null;
            entity.Columns = BuildColumns(entity);
            if (view is not null)
            {
                views.Add(BuildView(entity, view));
            }
        }

        foreach (var entity in _entities.Values.Where(e => e.Type.Attribute("View") is null))
        {
            tables.Add(BuildTable(entity));
        }

        var schemaModel = new DatabaseSchema
        {
            Dialect = _dialect.Name,
            Tables = tables.ToEquatableArray(),
            Views = views.ToEquatableArray(),
            Enums = _databaseEnums.Values.DistinctBy(e => e.QualifiedName).ToEquatableArray(),
            Domains = _domains.ToEquatableArray(),
            Sequences = BuildSequences(types, tables).ToEquatableArray(),
        };
        return SchemaCanonicalizer.Canonicalize(schemaModel);
    }

    private EnumType? DatabaseEnum(ModelTypeData type)
    {
        if (_dialect.DefaultSchema is null || type.Attribute("DbEnum") is not { } attribute)
        {
            return null;
        }

        return new EnumType
        {
            Schema = attribute.NamedText("Schema") ?? _dialect.DefaultSchema,
            Name = attribute.Text(0) ?? ModelNaming.EnumName(type.Name),
            Values = type.EnumMembers.Select(m => m.Label ?? m.Name).ToEquatableArray(),
            Comment = type.Attribute("Comment")?.Text(0),
        };
    }

    private Table BuildTable(Entity entity)
    {
        var type = entity.Type;
        return new Table
        {
            Schema = entity.Schema,
            Name = entity.Name,
            Columns = entity.Columns.ToEquatableArray(),
            PrimaryKey = entity.PrimaryKey,
            ForeignKeys = BuildForeignKeys(entity).ToEquatableArray(),
            UniqueConstraints = BuildUniqueConstraints(entity).ToEquatableArray(),
            CheckConstraints = type.Attributes.Where(a => a.Name == "Check")
                .Select(a => new CheckConstraint { Name = a.NamedText("Name"), Expression = a.Text(0) ?? "", IsNotValid = a.Flag("IsNotValid") })
                .ToEquatableArray(),
            Indexes = BuildIndexes(entity).ToEquatableArray(),
            Comment = type.Attribute("Comment")?.Text(0),
            Annotations = type.Attributes.Where(a => a.Name == "TableOption")
                .Select(a => new Annotation(a.Text(0) ?? "", a.Text(1) ?? ""))
                .ToEquatableArray(),
        };
    }

    private View BuildView(Entity entity, ModelAttributeData view) => new()
    {
        Schema = entity.Schema,
        Name = entity.Name,
        IsMaterialized = view.Flag("IsMaterialized"),
        Definition = view.Text(0) ?? "",
        Columns = entity.Columns.ToEquatableArray(),
        Indexes = BuildIndexes(entity).ToEquatableArray(),
        Comment = entity.Type.Attribute("Comment")?.Text(0),
    };

    /// <summary>A model class with its table name and, once built, its columns and key.</summary>
    private sealed class Entity(ModelTypeData type, string? schema, string name)
    {
        public ModelTypeData Type { get; } = type;

        public string? Schema { get; } = schema;

        public string Name { get; } = name;

        public string QualifiedName => SchemaObjectName.Qualify(Schema, Name);

        public List<Column> Columns { get; set; } = [];

        /// <summary>Column name by property name, for the columns built.</summary>
        public Dictionary<string, string> ColumnsByProperty { get; } = new(StringComparer.Ordinal);

        public PrimaryKey? PrimaryKey { get; set; }
    }
}
