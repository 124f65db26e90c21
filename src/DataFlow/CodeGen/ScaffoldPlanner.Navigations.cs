using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>Navigation names: references named from the foreign key columns, inverse collections on the principal.</summary>
internal static partial class ScaffoldPlanner
{
    private static void PlanNavigations(List<EntityPlan> entities, ScaffoldNames names)
    {
        var byName = new Dictionary<string, EntityPlan>(StringComparer.Ordinal);
        foreach (var entity in entities.Where(e => e.Table is not null))
        {
            byName.TryAdd(entity.QualifiedName, entity);
        }

        // References first for every table, then collections: a collection never takes a reference's name.
        foreach (var dependent in entities.Where(e => e.Table is not null))
        {
            var foreignKeys = dependent.Table!.ForeignKeys
                .Select(fk => (ForeignKey: fk, Principal: byName.GetValueOrDefault(SchemaObjectName.Qualify(fk.PrincipalSchema, fk.PrincipalTable))))
                .Where(x => x.Principal is not null)
                .Select(x => (x.ForeignKey, Principal: x.Principal!, Stem: ReferenceStem(x.ForeignKey, x.Principal!, names)))
                .ToList();
            var stemCounts = foreignKeys.GroupBy(x => x.Stem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var (foreignKey, principal, stem) in foreignKeys)
            {
                // Two multi-column keys to the same table: name them by their columns (UserByTenantIdOwnerId).
                var name = stemCounts[stem] > 1 ? stem + "By" + string.Concat(foreignKey.Columns.Select(names.Pascal)) : stem;
                if (dependent.Members.IsTaken(name))
                {
                    name += "Navigation";
                }

                var optional = foreignKey.Columns.Any(c => dependent.Table.FindColumn(c)?.IsNullable ?? true);
                dependent.Navigations.Add(new NavigationPlan(dependent.Members.Take(name), principal, foreignKey, dependent, optional));
            }
        }

        var perPair = entities.SelectMany(e => e.Navigations)
            .GroupBy(n => (n.Dependent, n.Target))
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var navigation in entities.SelectMany(e => e.Navigations))
        {
            var principal = navigation.Target;
            var plural = names.Plural(navigation.Dependent.ClassName);

            // Several keys from one table to the same principal: OrdersAsCreatedByUser, OrdersAsUpdatedByUser.
            var name = perPair[(navigation.Dependent, principal)] > 1 ? plural + "As" + navigation.Name : plural;
            if (principal.Members.IsTaken(name))
            {
                name += "Collection";
            }

            principal.Collections.Add(navigation with { Name = principal.Members.Take(name), Target = navigation.Dependent });
        }
    }

    // created_by_user_id → CreatedByUser; reports_to → ReportsToEmployee; a multi-column key → the principal class.
    private static string ReferenceStem(ForeignKey foreignKey, EntityPlan principal, ScaffoldNames names)
    {
        if (foreignKey.Columns.Count != 1)
        {
            return principal.ClassName;
        }

        if (names.NavigationStem(foreignKey.Columns[0]) is { } stem)
        {
            return stem;
        }

        var column = names.Pascal(foreignKey.Columns[0]);
        return column.EndsWith(principal.ClassName, StringComparison.Ordinal) ? column : column + principal.ClassName;
    }
}
