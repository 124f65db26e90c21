namespace DataFlow.Models;

/// <summary>
/// The type names of a model's 11 generated nodes, for <c>workflow.AddNode(nodes.List, "get_users", ...)</c>.
/// Also readable by operation name as in the seeds: <c>nodes["list"]</c>, <c>nodes["bulk_create"]</c>.
/// </summary>
/// <param name="Model">The model name (<c>User</c>).</param>
public sealed record ModelNodeNames(string Model)
{
    /// <summary>The operation names, in order: create, read, update, delete, list, upsert, count, bulk_create, bulk_update, bulk_delete, bulk_upsert.</summary>
    public static IReadOnlyList<string> Operations { get; } = new List<string>
        { "create", "read", "update", "delete", "list", "upsert", "count", "bulk_create", "bulk_update", "bulk_delete", "bulk_upsert" }.AsReadOnly();

    /// <summary><c>{Model}CreateNode</c>: insert one record.</summary>
    public string Create => Model + "CreateNode";

    /// <summary><c>{Model}ReadNode</c>: one row by primary key.</summary>
    public string Read => Model + "ReadNode";

    /// <summary><c>{Model}UpdateNode</c>: update by key or filter.</summary>
    public string Update => Model + "UpdateNode";

    /// <summary><c>{Model}DeleteNode</c>: delete by key.</summary>
    public string Delete => Model + "DeleteNode";

    /// <summary><c>{Model}ListNode</c>: filter, order, page, project.</summary>
    public string List => Model + "ListNode";

    /// <summary><c>{Model}UpsertNode</c>: insert or update one record.</summary>
    public string Upsert => Model + "UpsertNode";

    /// <summary><c>{Model}CountNode</c>: count rows matching a filter.</summary>
    public string Count => Model + "CountNode";

    /// <summary><c>{Model}BulkCreateNode</c>: insert many records.</summary>
    public string BulkCreate => Model + "BulkCreateNode";

    /// <summary><c>{Model}BulkUpdateNode</c>: update by filter or by the keys of records.</summary>
    public string BulkUpdate => Model + "BulkUpdateNode";

    /// <summary><c>{Model}BulkDeleteNode</c>: delete by filter or keys.</summary>
    public string BulkDelete => Model + "BulkDeleteNode";

    /// <summary><c>{Model}BulkUpsertNode</c>: insert or update many records.</summary>
    public string BulkUpsert => Model + "BulkUpsertNode";

    /// <summary>Every node type name, in <see cref="Operations"/> order.</summary>
    public IReadOnlyList<string> All => [Create, Read, Update, Delete, List, Upsert, Count, BulkCreate, BulkUpdate, BulkDelete, BulkUpsert];

    /// <summary>The node type name of an operation (<c>"list"</c> → <c>UserListNode</c>).</summary>
    /// <exception cref="KeyNotFoundException">Not one of <see cref="Operations"/>.</exception>
    public string this[string operation]
    {
        get
        {
            var index = Operations.ToList().IndexOf(operation);
            return index >= 0 ? All[index] : throw new KeyNotFoundException($"'{operation}' is not a model operation; operations: {string.Join(", ", Operations)}.");
        }
    }
}
