using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Data;

/// <summary>The columns of an upsert's <c>ON CONFLICT (...)</c>: the primary key, or <c>conflict_on</c> when given, which must be a unique column set.</summary>
internal static class ConflictTarget
{
    /// <summary>The conflict columns.</summary>
    /// <exception cref="DataFlowException">No key and no <c>conflict_on</c>, or columns that are not unique together.</exception>
    public static Column[] Resolve(ModelMap model, object? conflictOn, string operation)
    {
        conflictOn = JsonScalars.Unwrap(conflictOn);
        if (conflictOn is null)
        {
            return model.HasKey ? model.Key : throw DataFlowErrors.ModelHasNoPrimaryKey(model.Display, operation + " without conflict_on");
        }

        var names = conflictOn switch
        {
            string text => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            _ when ParameterTypes.IsList(conflictOn) => ((System.Collections.IEnumerable)conflictOn).Cast<object?>()
                .Select((n, i) => JsonScalars.Unwrap(n) as string ?? throw DataFlowErrors.InvalidOperationOption($"conflict_on[{i}]", "expected a column name", "Write conflict_on: [\"email\"].")).ToArray(),
            _ => throw DataFlowErrors.InvalidOperationOption("conflict_on", $"expected a column name or a list of them, not {ParameterTypes.Describe(conflictOn)}", "Write conflict_on: \"email\" or [\"tenant_id\", \"email\"]."),
        };
        var columns = names.Select((n, i) => model.Column(n, $"conflict_on[{i}]")).ToArray();
        var set = names.ToHashSet(StringComparer.Ordinal);
        if (columns.Length == 0 || !model.UniqueSets.Any(u => u.Length == set.Count && u.All(set.Contains)))
        {
            throw DataFlowErrors.InvalidConflictTarget(model.Display, names, model.UniqueSets.Select(u => "(" + string.Join(", ", u) + ")"));
        }

        return columns;
    }
}
