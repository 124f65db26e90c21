using DataFlow.Workflows;

namespace DataFlow.Data;

/// <summary>Parses <c>fields</c> (a projection): a list of column names or a comma-separated string; null means every column.</summary>
internal static class FieldSelection
{
    /// <summary>The record shape of the selected columns (the model's full shape when <paramref name="fields"/> is null or empty).</summary>
    /// <exception cref="DataFlowDataException">An unknown column or a value that is not a name, named by its path.</exception>
    public static RecordShape Parse(ModelMap model, object? fields, string path = "fields")
    {
        fields = JsonScalars.Unwrap(fields);
        string[] names = fields switch
        {
            null => [],
            string text => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            _ when ParameterTypes.IsList(fields) => ((System.Collections.IEnumerable)fields).Cast<object?>()
                .Select((f, i) => JsonScalars.Unwrap(f) as string ?? throw DataFlowErrors.InvalidOperationOption($"{path}[{i}]", $"expected a column name, not {ParameterTypes.Describe(f)}", "Write fields: [\"id\", \"name\"].")).ToArray(),
            _ => throw DataFlowErrors.InvalidOperationOption(path, $"expected a list of column names, not {ParameterTypes.Describe(fields)}", "Write fields: [\"id\", \"name\"]."),
        };
        if (names.Length == 0)
        {
            return model.AllColumns;
        }

        var columns = names.Select((n, i) => model.Column(n, $"{path}[{i}]")).DistinctBy(c => c.Name).ToList();
        return RecordShape.For(model, columns);
    }
}
