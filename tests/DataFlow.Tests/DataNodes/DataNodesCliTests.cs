using System.Text.Json;
using DataFlow.Tests.Cli;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.DataNodes;

/// <summary>The data nodes in a workflow file run by <c>dataflow run --url</c> (which opens the database in existing-schema mode).</summary>
public sealed class DataNodesCliTests : IDisposable
{
    private const string Flow = """
        {
          "nodes": [
            { "id": "phase2_backfill", "type": "DataBackfillNode",
              "parameters": { "table": "orders", "update_field": "total_amount", "calculation": "subtotal + tax", "batch_size": 2 } },
            { "id": "verify", "type": "ValidationNode",
              "parameters": { "table": "orders", "column": "total_amount", "check_not_null": true, "fail_on_error": true } }
          ],
          "connections": [
            { "from": "phase2_backfill", "output": "result", "to": "verify", "input": "input" }
          ]
        }
        """;

    private readonly SqliteDatabase _database = new();

    [Fact]
    public async Task A_workflow_file_backfills_and_validates_through_the_cli()
    {
        _database.Execute("CREATE TABLE orders (id integer PRIMARY KEY, subtotal REAL, tax REAL, total_amount REAL); INSERT INTO orders VALUES (1, 10, 1, NULL), (2, 20, 2, NULL), (3, 30, 3, NULL);");
        var file = Path.Combine(_database.Folder, "flow.json");
        await File.WriteAllTextAsync(file, Flow);

        var result = await CliRun.RunAsync("run", file, "--url", _database.Url, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(3, results.GetProperty("phase2_backfill").GetProperty("rows_updated").GetInt64());
        Assert.Equal(2, results.GetProperty("phase2_backfill").GetProperty("batches").GetInt64());
        Assert.True(results.GetProperty("verify").GetProperty("passed").GetBoolean());
        Assert.Equal(33.0, _database.Scalar<double>("SELECT total_amount FROM orders WHERE id = 3"));
    }

    public void Dispose() => _database.Dispose();
}
