namespace DataFlow;

/// <summary>Model codes (<c>DF-MODEL-…</c>): registering tables as models and finding them again.</summary>
public static partial class ErrorCodes
{
    /// <summary>A table or model name is not registered with this <see cref="DataFlowDb"/>.</summary>
    public const string UnknownModel = "DF-MODEL-001";

    /// <summary>A table to register does not exist (or is not visible) in the database.</summary>
    public const string TableNotFound = "DF-MODEL-002";

    /// <summary>An operation needs a primary key and the model's table has none.</summary>
    public const string ModelHasNoPrimaryKey = "DF-MODEL-003";

    /// <summary>A table cannot be registered (no columns the model can use, or a name that cannot become a model name).</summary>
    public const string TableNotRegistrable = "DF-MODEL-004";

    /// <summary>A schema change (DDL) was refused because <see cref="DataFlowOptions.ExistingSchemaMode"/> is on.</summary>
    public const string SchemaChangeBlocked = "DF-MODEL-005";

    /// <summary>The model registry table could not be read or holds a definition DataFlow cannot read.</summary>
    public const string RegistryUnreadable = "DF-MODEL-006";
}
