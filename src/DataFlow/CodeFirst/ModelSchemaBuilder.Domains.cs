using DataFlow.CodeFirst.Reading;
using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <content>Domains declared with <c>[Domain]</c>; a column typed by one takes the domain's base logical type.</content>
internal sealed partial class ModelSchemaBuilder
{
    private readonly List<DomainType> _domains = [];

    private void ReadDomains(IReadOnlyList<ModelTypeData> types)
    {
        if (_dialect.DefaultSchema is null)
        {
            return;
        }

        foreach (var attribute in types.SelectMany(t => t.Attributes).Where(a => a.Name == "Domain"))
        {
            var rawBaseType = attribute.Text(1) ?? "text";
            var checks = attribute.NamedTexts("Checks") ?? [];
            var names = attribute.NamedTexts("CheckNames") ?? [];
            _domains.Add(new DomainType
            {
                Schema = attribute.NamedText("Schema") ?? _dialect.DefaultSchema,
                Name = attribute.Text(0) ?? "",
                RawBaseType = rawBaseType,
                BaseType = _dialect.Parse(rawBaseType, DatabaseEnumName) ?? LogicalType.Of(LogicalTypeKind.Unknown),
                IsNotNull = attribute.Flag("IsNotNull"),
                Default = attribute.NamedText("Default"),
                Collation = attribute.NamedText("Collation"),
                Comment = attribute.NamedText("Comment"),
                CheckConstraints = checks.Select((c, i) => new CheckConstraint { Expression = c, Name = i < names.Count ? names[i] : null }).ToEquatableArray(),
            });
        }
    }

    /// <summary>The base type of the domain <paramref name="rawType"/> names (plain or schema-qualified, quoted or not), or null.</summary>
    private LogicalType? DomainBaseType(string rawType)
    {
        var name = rawType.Replace("\"", "", StringComparison.Ordinal);
        return _domains.FirstOrDefault(d => d.QualifiedName == name || (d.Name == name && d.Schema == _dialect.DefaultSchema))?.BaseType;
    }
}
