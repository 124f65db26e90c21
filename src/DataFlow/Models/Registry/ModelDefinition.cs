using DataFlow.Schema;
using DataFlow.Snapshots;

namespace DataFlow.Models.Registry;

/// <summary>
/// A model's stored definition: its table as a one-table schema snapshot (the project's canonical, versioned JSON:
/// every column with raw and logical type, key, constraints, indexes) and the snapshot's SHA-256 hash as checksum.
/// </summary>
internal static class ModelDefinition
{
    /// <summary>The definition JSON and checksum of <paramref name="table"/>.</summary>
    public static (string Json, string Checksum) Write(Table table, string dialect)
    {
        var schema = new DatabaseSchema { Dialect = dialect, Tables = [table] };
        return (SchemaSnapshot.ToJson(schema), SchemaSnapshot.ComputeHash(schema));
    }

    /// <summary>The table of a stored definition.</summary>
    /// <exception cref="DataFlowException">The JSON is not a one-table snapshot of this dialect (<c>DF-MODEL-006</c>).</exception>
    public static Table Read(string model, string json, string dialect)
    {
        DatabaseSchema schema;
        try
        {
            schema = SchemaSnapshot.FromJson(json, "dataflow_model_registry." + model);
        }
        catch (DataFlowException e)
        {
            throw DataFlowErrors.RegistryUnreadable(model, e.Message.TrimEnd('.'), e);
        }

        if (schema.Tables.Count != 1 || schema.Dialect != dialect)
        {
            throw DataFlowErrors.RegistryUnreadable(model, $"it holds {schema.Tables.Count} tables of dialect '{schema.Dialect}', not one table of '{dialect}'");
        }

        return schema.Tables[0];
    }
}
