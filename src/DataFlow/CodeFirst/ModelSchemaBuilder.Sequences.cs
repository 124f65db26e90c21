using DataFlow.CodeFirst.Reading;
using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <content>Sequences: declared with <c>[Sequence]</c>, or the ones PostgreSQL creates for identity and serial columns.</content>
internal sealed partial class ModelSchemaBuilder
{
    private List<Sequence> BuildSequences(IReadOnlyList<ModelTypeData> types, List<Table> tables)
    {
        if (!_dialect.HasSequences)
        {
            return [];
        }

        var sequences = types.SelectMany(t => t.Attributes).Where(a => a.Name == "Sequence").Select(a =>
        {
            var dataType = a.NamedText("DataType") ?? "bigint";
            return new Sequence
            {
                Schema = a.NamedText("Schema") ?? _dialect.DefaultSchema,
                Name = a.Text(0) ?? "",
                DataType = dataType,
                StartValue = a.NamedNumber("StartValue") ?? 1,
                Increment = a.NamedNumber("Increment") ?? 1,
                MinValue = a.NamedNumber("MinValue") ?? 1,
                MaxValue = a.NamedNumber("MaxValue") is { } max and not 0 ? max : MaxOf(dataType),
                CacheSize = a.NamedNumber("CacheSize") ?? 1,
                IsCyclic = a.Flag("IsCyclic"),
                OwnedBy = a.NamedText("OwnedBy"),
                IsIdentity = a.Flag("IsIdentity"),
            };
        }).ToList();

        var owned = sequences.Select(s => s.OwnedBy).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var column in table.Columns.Where(c => c.Identity is IdentityKind.Always or IdentityKind.ByDefault or IdentityKind.Serial))
            {
                var owner = table.QualifiedName + "." + column.Name;
                if (owned.Contains(owner))
                {
                    continue;
                }

                var dataType = column.Type.Kind switch
                {
                    LogicalTypeKind.Int16 => "smallint",
                    LogicalTypeKind.Int64 => "bigint",
                    _ => "integer",
                };
                sequences.Add(new Sequence
                {
                    Schema = table.Schema,
                    Name = table.Name + "_" + column.Name + "_seq",
                    DataType = dataType,
                    StartValue = 1,
                    Increment = 1,
                    MinValue = 1,
                    MaxValue = MaxOf(dataType),
                    CacheSize = 1,
                    OwnedBy = owner,
                    IsIdentity = column.Identity != IdentityKind.Serial,
                });
            }
        }

        return sequences;
    }

    private static long MaxOf(string dataType) => dataType switch
    {
        "smallint" => short.MaxValue,
        "integer" => int.MaxValue,
        _ => long.MaxValue,
    };
}
