using DataFlow.Workflows;

namespace DataFlow.Tests.Models;

/// <summary>
/// Model operations written once and run on both dialects (<see cref="SqliteModelTests"/>,
/// <see cref="PostgresModelTests"/>): every node, key kinds, defaults, filters, bulk modes and injection attempts.
/// </summary>
public abstract partial class ModelSpec
{
    protected abstract IModelTestDatabase Database { get; }

    protected async Task<DataFlowDb> RegisteredAsync()
    {
        await Database.ExecuteAsync(ModelSchemas.Reset);
        var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = Database.Url, AutoMigrate = false, ExistingSchemaMode = true });
        var result = await db.RegisterSchemaAsModelsAsync();
        Assert.Equal(0, result.ErrorCount);
        return db;
    }

    protected static async Task<NodeOutput> RunAsync(DataFlowDb db, string nodeType, object parameters)
    {
        var workflow = new WorkflowBuilder().AddNode(nodeType, "node", parameters).Build();
        var (results, _) = await new LocalRuntime(db).ExecuteAsync(workflow);
        return results["node"];
    }

    protected static async Task<DataFlowException> FailsAsync(DataFlowDb db, string nodeType, object parameters)
    {
        var error = await Assert.ThrowsAnyAsync<DataFlowException>(() => RunAsync(db, nodeType, parameters));
        return error is WorkflowExecutionException { InnerException: DataFlowException inner } ? inner : error;
    }

    protected static async Task SeedUsersAsync(DataFlowDb db)
    {
        await db.Express.BulkCreateAsync("users",
        [
            new { email = "ada@example.com", name = "Ada", age = 36, score = 9.5 },
            new { email = "grace@example.com", name = "Grace", age = 45, score = 8.0 },
            new { email = "linus@example.com", name = "linus", age = 28, score = 7.25 },
            new Dictionary<string, object?> { ["email"] = "anon@example.com", ["name"] = null, ["age"] = null, ["active"] = false },
        ]);
    }

    protected static IReadOnlyList<IReadOnlyDictionary<string, object?>> Records(NodeOutput output) =>
        Assert.IsAssignableFrom<IEnumerable<IReadOnlyDictionary<string, object?>>>(output["records"]).ToList();

    protected static List<string?> Emails(IEnumerable<IReadOnlyDictionary<string, object?>> records) =>
        records.Select(r => (string?)r["email"]).ToList();
}
