using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary>The option parameters model nodes share, declared once.</summary>
internal static class ModelParameters
{
    public static readonly NodeParameter Filter = new("filter", ParameterType.Object) { Description = "MongoDB-style filter: { \"age\": { \"$gt\": 30 } } (see docs/models.md)." };
    public static readonly NodeParameter Limit = new("limit", ParameterType.Integer) { Default = ListQuery.DefaultLimit, Description = "At most this many records." };
    public static readonly NodeParameter Offset = new("offset", ParameterType.Integer) { Default = 0L, Description = "Records to skip." };
    public static readonly NodeParameter OrderBy = new("order_by", ParameterType.Any) { Description = "\"-created_at\", [\"name\", \"-age\"] or { \"created_at\": -1 }; default: the primary key." };
    public static readonly NodeParameter Projection = new("fields", ParameterType.Any) { Description = "The columns to return (a list, or a comma-separated string); default: all." };
    public static readonly NodeParameter CountOnly = new("count_only", ParameterType.Boolean) { Default = false, Description = "Return only the number of matching rows." };
    public static readonly NodeParameter Record = new("data", ParameterType.Object) { Description = "The record; the columns may also be given as parameters." };
    public static readonly NodeParameter Records = new("data", ParameterType.List) { Description = "The records." };
    public static readonly NodeParameter NewValues = new("fields", ParameterType.Object) { Description = "The new values: { \"name\": \"Ada\" }." };
    public static readonly NodeParameter RaiseOnNotFound = new("raise_on_not_found", ParameterType.Boolean) { Default = true, Description = "Fail with DF-DATA-005 when no row has the key (else found: false)." };
    public static readonly NodeParameter BatchSize = new("batch_size", ParameterType.Integer) { Default = (long)BulkWrite.DefaultBatchSize, Description = "Records per batch: per INSERT statement, or per cancellation check on the COPY / prepared-statement paths (the call is one transaction)." };
    public static readonly NodeParameter ConflictOn = new("conflict_on", ParameterType.Any) { Description = "The unique columns that identify an existing row; default: the primary key." };
    public static readonly NodeParameter Confirmed = new("confirmed", ParameterType.Boolean) { Default = false, Description = "Allow an empty filter, which changes every row." };

    public static readonly NodeParameter Transaction = new("transaction", ParameterType.Any) { Description = "Connect TransactionScopeNode.transaction here so the node runs after the scope opened, inside its transaction (the value is not used)." };

    public static NodeParameter Resolution(string fallback) => new("conflict_resolution", ParameterType.String)
    {
        Default = fallback,
        AllowedValues = ["update", "skip", "error"],
        Description = "What to do when the conflict columns already exist.",
    };

    public static ConflictResolution ParseResolution(NodeInputs inputs) => inputs.Get<string>("conflict_resolution") switch
    {
        "update" => ConflictResolution.Update,
        "skip" => ConflictResolution.Skip,
        _ => ConflictResolution.Error,
    };
}
