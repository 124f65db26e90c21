using DataFlow.Schema;

namespace DataFlow.Dialects.Postgres;

internal sealed partial class PostgresSchemaReader
{
    private EnumType BuildEnum(PostgresCatalog.EnumRow row) => new()
    {
        Schema = row.Schema,
        Name = row.Name,
        Values = row.Labels,
        Comment = _catalog.CommentOn('t', row.Oid),
    };

    private DomainType BuildDomain(PostgresCatalog.DomainRow row) => new()
    {
        Schema = row.Schema,
        Name = row.Name,
        RawBaseType = row.RawBaseType,
        BaseType = _types.MapDomainBase(row.BaseTypeOid, row.BaseTypeModifier),
        IsNotNull = row.NotNull,
        Default = row.Default,
        Collation = row.Collation,
        CheckConstraints = PostgresCatalog.RowsOf(_catalog.ChecksByDomain, row.Oid)
            .Select(c => BuildCheck(c.Name, c.Expression, c.Validated))
            .ToEquatableArray(),
        Comment = _catalog.CommentOn('t', row.Oid),
    };

    private Sequence BuildSequence(PostgresCatalog.SequenceRow row) => new()
    {
        Schema = row.Schema,
        Name = row.Name,
        DataType = _types.DisplayName(row.DataTypeOid),
        StartValue = row.Start,
        Increment = row.Increment,
        MinValue = row.Min,
        MaxValue = row.Max,
        CacheSize = row.Cache,
        IsCyclic = row.Cycle,
        OwnedBy = row.OwnedBy ?? OwnerName(row),
        IsIdentity = row.IsIdentity,
    };

    /// <summary>The owning column of a sequence as <c>schema.table.column</c> (raw names), from the relations and columns read.</summary>
    private string? OwnerName(PostgresCatalog.SequenceRow row)
    {
        if (row.OwnerOid is not { } oid)
        {
            return null;
        }

        var relation = _catalog.RelationsByOid[oid];
        var column = _catalog.FindColumn(oid, row.OwnerColumn)
            ?? throw new InvalidOperationException($"Column {row.OwnerColumn} of relation {oid} was not read.");
        return relation.Schema + "." + relation.Name + "." + column.Name;
    }
}
