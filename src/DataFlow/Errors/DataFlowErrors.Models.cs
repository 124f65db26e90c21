namespace DataFlow;

/// <summary>Model errors (<c>DF-MODEL-…</c>).</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowException UnknownModel(string name, IEnumerable<string> registered) => new(
        ErrorCodes.UnknownModel,
        $"'{name}' is neither a registered model nor the table of one.",
        "Register the table first: await db.RegisterSchemaAsModelsAsync(new[] { \"" + name + "\" }). Registered: " + ListOrNone(registered) + ".");

    public static DataFlowException TableNotFound(string table, string? suggestion) => new(
        ErrorCodes.TableNotFound,
        $"The table '{table}' does not exist in the database (or this user cannot see it).{DidYouMean(suggestion)}",
        "Check the name with dataflow discover; PostgreSQL tables outside 'public' are named schema.table.");

    public static DataFlowException ModelHasNoPrimaryKey(string model, string operation) => new(
        ErrorCodes.ModelHasNoPrimaryKey,
        $"{model} has no primary key, so {operation} cannot find a row by key.",
        "Tables without a primary key support Create, BulkCreate, List and Count; use List with a filter, or add a primary key to the table.");

    public static DataFlowException TableNotRegistrable(string table, string reason) => new(
        ErrorCodes.TableNotRegistrable, $"The table '{table}' cannot be registered as a model: {reason}.", "See docs/models.md#naming.");

    public static DataFlowException SchemaChangeBlocked(string purpose, string statement) => new(
        ErrorCodes.SchemaChangeBlocked,
        $"ExistingSchemaMode forbids schema changes; blocked {purpose}: {Shorten(statement)}",
        "The schema belongs to someone else: ask its owner to apply the change, or turn ExistingSchemaMode off for a database this application owns.");

    public static DataFlowException RegistryUnreadable(string model, string problem, Exception? inner = null) => new(
        ErrorCodes.RegistryUnreadable,
        $"The model registry entry of '{model}' cannot be read: {problem}.",
        "Register the model again with RegisterSchemaAsModelsAsync (it rewrites the entry), or delete the row from dataflow_model_registry.",
        inner);

    private static string Shorten(string statement)
    {
        var oneLine = string.Join(' ', statement.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length > 200 ? oneLine[..200] + "…" : oneLine;
    }

    private static string ListOrNone(IEnumerable<string> items)
    {
        var list = items.Take(20).ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
