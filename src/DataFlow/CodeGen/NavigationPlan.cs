using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>A navigation property: a reference to the principal, or a collection of dependents.</summary>
/// <param name="Name">The property name (unique in its class).</param>
/// <param name="Target">The class on the other side.</param>
/// <param name="ForeignKey">The foreign key it follows (declared on the dependent table).</param>
/// <param name="Dependent">The table that declares the foreign key.</param>
/// <param name="IsOptional">Whether a reference may be null (any foreign key column is nullable).</param>
internal sealed record NavigationPlan(string Name, EntityPlan Target, ForeignKey ForeignKey, EntityPlan Dependent, bool IsOptional);
