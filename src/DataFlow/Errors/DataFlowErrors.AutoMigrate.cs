namespace DataFlow;

/// <summary>Auto-migration errors (<c>DF-AUTO-…</c>).</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowException AutoMigrateNotNullWithoutDefault(string model, string column, string table) => new(
        ErrorCodes.AutoMigrateNotNullWithoutDefault,
        $"The model {model} adds the NOT NULL column '{column}' without a default, but the table '{table}' already has rows, so nothing was changed: give it a default (for example `= \"active\"`) or make it nullable.",
        "Add an initialiser or [DefaultValueSql] to the property, or make its type nullable (string?, int?).");

    public static DataFlowException ModelTableOutOfDate(string models, IEnumerable<string> differences) => new(
        ErrorCodes.ModelTableOutOfDate,
        $"AutoMigrate is off and the tables of {models} differ from the models: {string.Join("; ", differences)}.",
        "Apply the changes with a versioned migration (dataflow migrations add NAME --models DIR, then dataflow migrate), or turn AutoMigrate on.");

    public static DataFlowException ModelTableNotFoundInExistingSchema(string model, string table) => new(
        ErrorCodes.ModelTableNotFoundInExistingSchema,
        $"The model {model} (table '{table}'): table not found; schema changes are blocked in existing-schema mode.",
        "Create the table (ask the schema's owner), map the model to an existing table with [Table(\"name\")], or turn ExistingSchemaMode off.");

    public static DataFlowException AutoMigrationFailedEarlier(DataFlowException first) => new(
        ErrorCodes.AutoMigrationFailedEarlier,
        $"The auto-migration of this DataFlowDb failed earlier and is not retried: [{first.Code}] {first.Message}",
        "Fix the cause, then create a new DataFlowDb (or restart the application), or call db.MigrateAsync() to try again.",
        first);

    public static DataFlowConfigurationException InvalidModelType(string type, string reason) => new(
        ErrorCodes.InvalidModelType,
        $"The type {type} cannot be used as a model: {reason}.",
        "Register a class or record with a public parameterless constructor and settable properties with db.Model<T>().");
}
