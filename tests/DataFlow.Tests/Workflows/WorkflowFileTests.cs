using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class WorkflowFileTests
{
    private const string Valid = """
        {
          // comments and trailing commas are allowed
          "name": "route orders",
          "nodes": [
            { "id": "order", "type": "DataNode", "parameters": { "data": { "status": "paid", "total": 120 } } },
            { "id": "route", "type": "SwitchNode", "parameters": { "condition_field": "total", "operator": ">", "value": 100 } },
            { "id": "review", "type": "LogNode", "parameters": { "message": "needs review" } },
          ],
          "connections": [
            { "from": "order", "output": "result", "to": "route", "input": "input_data" },
            { "from": "route", "output": "true_output", "to": "review", "input": "input" }
          ]
        }
        """;

    [Fact]
    public async Task A_workflow_file_builds_the_same_workflow_as_the_builder()
    {
        var workflow = WorkflowFile.Parse(Valid, source: "orders.json");

        var (results, _) = await new LocalRuntime().ExecuteAsync(workflow);

        Assert.Equal(["order", "route", "review"], workflow.ExecutionOrder);
        Assert.Equal(new WorkflowConnection("route", "true_output", "review", "input"), workflow.Connections[1]);
        var routed = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(results["review"]["result"]);
        Assert.Equal(120L, routed["total"]);
    }

    [Fact]
    public async Task A_file_on_disk_is_loaded_and_a_missing_file_is_DF_WF_016()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dataflow-wf-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, Valid);
        try
        {
            var workflow = await WorkflowFile.LoadAsync(path);
            var missing = await Assert.ThrowsAsync<WorkflowValidationException>(() => WorkflowFile.LoadAsync(path + ".missing"));

            Assert.Equal(3, workflow.Nodes.Count);
            Assert.Equal(ErrorCodes.InvalidWorkflowFile, missing.Code);
            Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""[]""", "flow.json at $: expected an object, found a list")]
    [InlineData("""{ "nodes": {} }""", "flow.json at $.nodes: expected a list, found an object")]
    [InlineData("""{ "connections": [] }""", "flow.json at $: the property 'nodes' is missing")]
    [InlineData("""{ "nodez": [] }""", "flow.json at $.nodez: unknown property 'nodez' (did you mean 'nodes'?)")]
    [InlineData("""{ "nodes": [ { "id": "a" } ] }""", "flow.json at $.nodes[0]: the property 'type' is missing")]
    [InlineData("""{ "nodes": [ { "id": 1, "type": "DataNode" } ] }""", "flow.json at $.nodes[0].id: expected a string, found a number")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "DataNode", "params": {} } ] }""", "flow.json at $.nodes[0].params: unknown property 'params' (did you mean 'parameters'?)")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "DataNode", "parameters": [1] } ] }""", "flow.json at $.nodes[0].parameters: expected an object, found a list")]
    [InlineData("""{ "nodes": [], "connections": [ { "from": "a", "to": "b", "input": "x" } ] }""", "flow.json at $.connections[0]: the property 'output' is missing")]
    public void A_file_that_is_not_a_workflow_gets_DF_WF_016_with_the_json_path(string json, string expected)
    {
        var error = Assert.Throws<WorkflowValidationException>(() => WorkflowFile.Parse(json, source: "flow.json"));

        Assert.Equal(ErrorCodes.InvalidWorkflowFile, error.Code);
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_reported_with_line_and_column()
    {
        var error = Assert.Throws<WorkflowValidationException>(() => WorkflowFile.Parse("{\n  \"nodes\": [\n    { \"id\": \"a\", }\n    oops\n  ]\n}", source: "flow.json"));

        Assert.Equal(ErrorCodes.InvalidWorkflowFile, error.Code);
        Assert.StartsWith("flow.json at line 4, column 5: the file is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "DataNod", "parameters": { "data": 1 } } ] }""", ErrorCodes.UnknownNodeType, "$.nodes[0].type")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "CodeNode", "parameters": { "code": "result = 1" } } ] }""", ErrorCodes.CodeNodeNeedsDelegate, "$.nodes[0].type")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "DataNode", "parameters": { "data": 1 } }, { "id": "a", "type": "DataNode", "parameters": { "data": 2 } } ] }""", ErrorCodes.DuplicateNodeId, "$.nodes[1].id")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "LogNode", "parameters": { "level": "loud" } } ] }""", ErrorCodes.InvalidParameterValue, "$.nodes[0].parameters.level")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "DataNode" } ] }""", ErrorCodes.MissingRequiredParameter, "$.nodes[0]")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "DataNode", "parameters": { "data": 1 } } ], "connections": [ { "from": "a", "output": "result", "to": "b", "input": "x" } ] }""", ErrorCodes.UnknownConnectionNode, "$.connections[0].to")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "DataNode", "parameters": { "data": 1 } }, { "id": "b", "type": "LogNode" } ], "connections": [ { "from": "a", "output": "result", "to": "b", "input": "inptu" } ] }""", ErrorCodes.UnknownInput, "$.connections[0].input")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "DataNode", "parameters": { "data": 1 } }, { "id": "b", "type": "LogNode" } ], "connections": [ { "from": "a", "output": "records", "to": "b", "input": "input" } ] }""", ErrorCodes.UnknownOutput, "$.connections[0].output")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "LogNode" }, { "id": "b", "type": "LogNode" } ], "connections": [ { "from": "a", "output": "result", "to": "b", "input": "input" }, { "from": "b", "output": "result", "to": "a", "input": "input" } ] }""", ErrorCodes.WorkflowCycle, "$.connections")]
    public void A_workflow_error_in_a_file_keeps_its_code_and_gains_the_json_path(string json, string code, string path)
    {
        var error = Assert.Throws<WorkflowValidationException>(() => WorkflowFile.Parse(json, source: "flow.json"));

        Assert.Equal(code, error.Code);
        Assert.EndsWith($"(at flow.json at {path})", error.Message, StringComparison.Ordinal);
    }
}
