using DataFlow.CodeFirst;
using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>Every class and enum of a scaffold, named from the whole schema, in a stable order.</summary>
/// <param name="Entities">Tables then views, each ordered by schema and name.</param>
/// <param name="Enums">Enums ordered by schema and name.</param>
/// <param name="Schema">The schema scaffolded.</param>
/// <param name="Dialect">The schema's dialect, for the names its database would choose; null for an unknown dialect.</param>
/// <param name="Sequences">The sequences to write: all but those identity and serial columns get implicitly.</param>
/// <param name="DatabaseObjectsClassName">The class holding the domains and <paramref name="Sequences"/>, or null when there are none.</param>
internal sealed record ScaffoldPlan(
    IReadOnlyList<EntityPlan> Entities, IReadOnlyList<EnumPlan> Enums, DatabaseSchema Schema, IModelDialect? Dialect,
    IReadOnlyList<Sequence> Sequences, string? DatabaseObjectsClassName)
{
    private Dictionary<string, Table>? _tables;

    /// <summary>The table named <c>schema.name</c> (or <c>name</c>), or null. Safe to call from several threads (files render in parallel).</summary>
    public Table? FindTable(string qualifiedName) =>
        LazyInitializer.EnsureInitialized(ref _tables, () => Schema.Tables.DistinctBy(t => t.QualifiedName).ToDictionary(t => t.QualifiedName, StringComparer.Ordinal))
            .GetValueOrDefault(qualifiedName);
}
