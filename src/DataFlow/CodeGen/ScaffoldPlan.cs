namespace DataFlow.CodeGen;

/// <summary>Every class and enum of a scaffold, named from the whole schema, in a stable order.</summary>
/// <param name="Entities">Tables then views, each ordered by schema and name.</param>
/// <param name="Enums">Enums ordered by schema and name.</param>
internal sealed record ScaffoldPlan(IReadOnlyList<EntityPlan> Entities, IReadOnlyList<EnumPlan> Enums);
