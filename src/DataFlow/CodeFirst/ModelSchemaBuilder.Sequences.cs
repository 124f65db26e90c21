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
                MaxValue = a.NamedNumber("MaxValue") is { } max and not 0 ? max : OwnedSequences.MaxOf(dataType),
                CacheSize = a.NamedNumber("CacheSize") ?? 1,
                IsCyclic = a.Flag("IsCyclic"),
                OwnedBy = a.NamedText("OwnedBy"),
                IsIdentity = a.Flag("IsIdentity"),
            };
        }).ToList();

        var owned = sequences.Select(s => s.OwnedBy).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var column in table.Columns)
            {
                if (OwnedSequences.Implicit(table, column) is { } implicitSequence && !owned.Contains(implicitSequence.OwnedBy!))
                {
                    sequences.Add(implicitSequence);
                }
            }
        }

        return sequences;
    }
}
