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

    private static Sequence BuildSequence(PostgresCatalog.SequenceRow row) => new()
    {
        Schema = row.Schema,
        Name = row.Name,
        DataType = row.DataType,
        StartValue = row.Start,
        Increment = row.Increment,
        MinValue = row.Min,
        MaxValue = row.Max,
        CacheSize = row.Cache,
        IsCyclic = row.Cycle,
        OwnedBy = row.OwnedBy,
        IsIdentity = row.IsIdentity,
    };
}
