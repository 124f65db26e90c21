using DataFlow.Schema;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// Builds the <see cref="DatabaseSchema"/> from the catalog rows of one discovery. Every lookup is by OID
/// in a dictionary, so the work is linear in the number of rows. Ordering is left to the caller's
/// canonicalizer.
/// </summary>
internal sealed partial class PostgresSchemaReader
{
    private readonly PostgresCatalog _catalog;
    private readonly PostgresTypeMapper _types;
    private readonly Dictionary<(uint TypeOid, int TypeModifier), string?> _formattedTypes = [];

    private PostgresSchemaReader(PostgresCatalog catalog)
    {
        _catalog = catalog;
        _types = new PostgresTypeMapper(catalog.Types);
    }

    /// <summary>Builds the schema model of <paramref name="catalog"/>.</summary>
    public static DatabaseSchema Build(PostgresCatalog catalog, string dialectName) => new PostgresSchemaReader(catalog).Build(dialectName);

    private DatabaseSchema Build(string dialectName)
    {
        var tables = new List<Table>();
        var views = new List<View>();
        foreach (var relation in _catalog.Relations)
        {
            if (relation.Kind is 'v' or 'm')
            {
                views.Add(BuildView(relation));
            }
            else
            {
                tables.Add(BuildTable(relation));
            }
        }

        // Initializers run in order: the type warnings come last, after every column and domain was mapped.
        return new DatabaseSchema
        {
            Dialect = dialectName,
            Tables = tables.ToEquatableArray(),
            Views = views.ToEquatableArray(),
            Enums = _catalog.Enums.Select(BuildEnum).ToEquatableArray(),
            Domains = _catalog.Domains.Select(BuildDomain).ToEquatableArray(),
            Sequences = _catalog.Sequences.Select(BuildSequence).ToEquatableArray(),
            Warnings = BuildWarnings().ToEquatableArray(),
        };
    }

    private Table BuildTable(PostgresCatalog.RelationRow relation)
    {
        PrimaryKey? primaryKey = null;
        List<ForeignKey>? foreignKeys = null;
        List<UniqueConstraint>? uniqueConstraints = null;
        List<CheckConstraint>? checkConstraints = null;
        foreach (var row in PostgresCatalog.RowsOf(_catalog.ConstraintsByRelation, relation.Oid))
        {
            switch (row.Type)
            {
                case 'p':
                    primaryKey ??= new PrimaryKey { Name = row.Name, Columns = ColumnsOf(row) };
                    break;
                case 'f':
                    (foreignKeys ??= []).Add(BuildForeignKey(row));
                    break;
                case 'u':
                    (uniqueConstraints ??= []).Add(BuildUnique(row));
                    break;
                case 'c':
                    (checkConstraints ??= []).Add(BuildCheck(row));
                    break;
            }
        }

        return new Table
        {
            Schema = relation.Schema,
            Name = relation.Name,
            Columns = BuildColumns(relation.Oid),
            PrimaryKey = primaryKey,
            ForeignKeys = foreignKeys?.ToEquatableArray() ?? default,
            UniqueConstraints = uniqueConstraints?.ToEquatableArray() ?? default,
            CheckConstraints = checkConstraints?.ToEquatableArray() ?? default,
            Indexes = BuildIndexes(relation.Oid),
            Comment = _catalog.CommentOn('r', relation.Oid),
            Annotations = BuildAnnotations(relation).ToEquatableArray(),
        };
    }

    private View BuildView(PostgresCatalog.RelationRow relation) => new()
    {
        Schema = relation.Schema,
        Name = relation.Name,
        IsMaterialized = relation.Kind == 'm',
        Definition = relation.Definition ?? string.Empty,
        Columns = BuildColumns(relation.Oid),
        Indexes = BuildIndexes(relation.Oid),
        Comment = _catalog.CommentOn('r', relation.Oid),
    };

    private static IEnumerable<Annotation> BuildAnnotations(PostgresCatalog.RelationRow relation)
    {
        if (relation.PartitionKey is { } key)
        {
            yield return new Annotation(AnnotationNames.PostgresPartitionKey, key);
        }

        if (relation.PartitionOf is { } parent)
        {
            yield return new Annotation(AnnotationNames.PostgresPartitionOf, parent);
        }

        if (relation.Inherits is { } inherits)
        {
            yield return new Annotation(AnnotationNames.PostgresInherits, inherits);
        }

        if (relation.Unlogged)
        {
            yield return new Annotation(AnnotationNames.PostgresUnlogged, "true");
        }

        if (relation.RowSecurity)
        {
            yield return new Annotation(AnnotationNames.PostgresRowLevelSecurity, relation.ForceRowSecurity ? "forced" : "true");
        }
    }
}
