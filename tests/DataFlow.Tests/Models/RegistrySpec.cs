using DataFlow.Workflows;

namespace DataFlow.Tests.Models;

/// <summary>The model registry and existing-schema mode, written once for both dialects.</summary>
public abstract class RegistrySpec
{
    protected abstract IModelTestDatabase Database { get; }

    protected DataFlowDb Open(bool existingSchemaMode, bool persist = true) =>
        new(new DataFlowOptions { DatabaseUrl = Database.Url, ExistingSchemaMode = existingSchemaMode, EnableModelPersistence = persist, ApplicationId = "registry-tests" });

    [Fact]
    public async Task Registering_in_existing_schema_mode_creates_no_registry_table_and_says_why()
    {
        await using var db = Open(existingSchemaMode: true);

        var result = await db.RegisterSchemaAsModelsAsync(["users"]);

        Assert.Equal(["User"], result.RegisteredModels);
        Assert.False(result.Persisted);
        Assert.Contains("ExistingSchemaMode", result.PersistenceSkippedReason, StringComparison.Ordinal);
        Assert.Equal(0, await Database.CountAsync(TableExists));
        var reconstructed = await db.ReconstructModelsFromRegistryAsync();
        Assert.Empty(reconstructed.ReconstructedModels);
        Assert.Contains("does not exist", reconstructed.SkippedReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registry_keeps_versions_stable_until_a_table_changes_and_another_instance_reconstructs_identical_models()
    {
        await using (var owner = Open(existingSchemaMode: false))
        {
            var first = await owner.RegisterSchemaAsModelsAsync(["users", "order_items", "products"]);
            await owner.RegisterSchemaAsModelsAsync(["users", "order_items", "products"]);
            Assert.True(first.Persisted);
        }

        Assert.Equal(3, await Database.CountAsync("SELECT count(*) FROM dataflow_model_registry WHERE version = 1 AND application_id = 'registry-tests'"));
        await Database.ExecuteAsync("ALTER TABLE products ADD COLUMN color TEXT");
        await using (var owner = Open(existingSchemaMode: true))
        {
            Assert.True((await owner.RegisterSchemaAsModelsAsync(["products"])).Persisted);
        }

        Assert.Equal(2, await Database.CountAsync("SELECT version FROM dataflow_model_registry WHERE model_name = 'Product'"));
        await using var other = Open(existingSchemaMode: true);
        var reconstructed = await other.ReconstructModelsFromRegistryAsync();
        await other.Express.CreateAsync("products", new { sku = "R-1", title = "Rope", color = "red" });
        var workflow = new WorkflowBuilder().AddNode(reconstructed.GeneratedNodes["products"].List, "list", new { filter = new { color = "red" } }).Build();
        var (results, _) = await new LocalRuntime(other).ExecuteAsync(workflow);

        Assert.Equal(["OrderItem", "Product", "User"], reconstructed.ReconstructedModels);
        Assert.Equal(["order_id", "product_id"], reconstructed.Models[0].KeyColumns);
        Assert.Equal(1L, results["list"]["count"]);
        Assert.Empty(reconstructed.Errors);
    }

    [Fact]
    public async Task Persistence_can_be_turned_off()
    {
        await using var db = Open(existingSchemaMode: false, persist: false);

        var result = await db.RegisterSchemaAsModelsAsync(["users"]);

        Assert.Equal("EnableModelPersistence is false", result.PersistenceSkippedReason);
        Assert.Equal(0, await Database.CountAsync(TableExists));
    }

    [Fact]
    public async Task The_schema_change_executor_refuses_ddl_in_existing_schema_mode_naming_the_statement()
    {
        await using var db = Open(existingSchemaMode: true);
        await using var session = await db.Data.OpenAsync();

        var error = await Assert.ThrowsAsync<DataFlowException>(() => db.SchemaChanges.ExecuteAsync(session, "CREATE TABLE x (id int)", "a test"));

        Assert.Equal(ErrorCodes.SchemaChangeBlocked, error.Code);
        Assert.Contains("CREATE TABLE x (id int)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Database.CountAsync(Database.IsPostgres
            ? "SELECT count(*) FROM pg_tables WHERE tablename = 'x'"
            : "SELECT count(*) FROM sqlite_master WHERE name = 'x'"));
    }

    private string TableExists => Database.IsPostgres
        ? "SELECT count(*) FROM pg_tables WHERE tablename = 'dataflow_model_registry'"
        : "SELECT count(*) FROM sqlite_master WHERE name = 'dataflow_model_registry'";
}
