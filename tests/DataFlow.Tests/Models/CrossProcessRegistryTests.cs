using System.Diagnostics;
using System.Text.Json;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Models;

/// <summary>
/// The seed's cross-session example in two processes: this process registers models; a separate
/// <c>dataflow run --models</c> process reconstructs them from the registry and runs a workflow with their nodes.
/// </summary>
public sealed class CrossProcessRegistryTests : IAsyncLifetime
{
    private readonly PostgresModelDatabase _postgres = new();

    public Task InitializeAsync() => _postgres.InitializeAsync();

    public Task DisposeAsync() => _postgres.DisposeAsync();

    [Fact]
    public async Task Another_process_reconstructs_the_models_and_runs_their_nodes_on_sqlite()
    {
        using var sqlite = new SqliteModelDatabase();
        using var folder = new SqliteDatabase();
        await RoundTripAsync(sqlite.Url, Path.Combine(folder.Folder, "flow.json"));
    }

    [Fact]
    public async Task Another_process_reconstructs_the_models_and_runs_their_nodes_on_postgres()
    {
        using var folder = new SqliteDatabase();
        await RoundTripAsync(_postgres.Url, Path.Combine(folder.Folder, "flow.json"));
    }

    private static async Task RoundTripAsync(string url, string workflowFile)
    {
        await using (var engineer = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, ExistingSchemaMode = false }))
        {
            var result = await engineer.RegisterSchemaAsModelsAsync(["users", "products", "order_items"]);
            Assert.True(result.Persisted);
            await engineer.Express.BulkCreateAsync("users", [new { email = "ada@example.com", name = "Ada" }, new { email = "bob@example.com", name = "Bob" }]);
        }

        await File.WriteAllTextAsync(workflowFile, """
            { "nodes": [ { "id": "users", "type": "UserListNode", "parameters": { "limit": 20, "order_by": "-email", "fields": ["email"] } } ] }
            """);
        var (exit, stdout, stderr) = await RunCliAsync("run", workflowFile, "--url", url, "--models", "--json");

        Assert.True(exit == 0, stderr + stdout);
        Assert.Contains("models: OrderItem, Product, User", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        var records = json.RootElement.GetProperty("results").GetProperty("users").GetProperty("records");
        Assert.Equal(["bob@example.com", "ada@example.com"], records.EnumerateArray().Select(r => r.GetProperty("email").GetString()));
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunCliAsync(params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "DataFlow.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("DATABASE_URL");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
