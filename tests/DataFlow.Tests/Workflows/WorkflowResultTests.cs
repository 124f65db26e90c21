using System.Text.Json;
using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class WorkflowResultTests
{
    private static async Task<WorkflowResult> RunAsync() => await new LocalRuntime().ExecuteAsync(new WorkflowBuilder()
        .AddNode("DataNode", "users", new { data = new { records = new[] { new { id = 1, name = "ada" } }, total = 1 } })
        .AddNode("SwitchNode", "any", new { condition_field = "total", @operator = ">", value = 0 })
        .AddNode("LogNode", "none")
        .AddConnection("users", "result", "any", "input_data")
        .AddConnection("any", "false_output", "none", "input")
        .Build());

    [Fact]
    public async Task Results_serialise_to_json_as_objects_keyed_by_node_and_output()
    {
        var result = await RunAsync();

        var json = JsonSerializer.Serialize(result.Results);

        Assert.Equal(
            """{"users":{"result":{"records":[{"id":1,"name":"ada"}],"total":1}},"any":{"true_output":{"records":[{"id":1,"name":"ada"}],"total":1}}}""",
            json);
    }

    [Fact]
    public async Task A_node_output_reads_like_a_read_only_dictionary()
    {
        var (results, runId) = await RunAsync();

        var output = results["users"];
        Assert.Equal(["result"], output.Keys);
        Assert.True(output.ContainsKey("result"));
        Assert.False(output.TryGetValue("records", out _));
        Assert.Equal("The output has no key 'records'; its keys are: result.", Assert.Throws<KeyNotFoundException>(() => output["records"]).Message);
        Assert.True(Guid.TryParse(runId, out _));
    }

    [Fact]
    public async Task Every_node_has_a_status_and_a_duration_and_skipped_ones_have_no_result()
    {
        var result = await RunAsync();

        Assert.Equal(["users", "any", "none"], result.Nodes.Select(n => n.NodeId));
        Assert.Equal([NodeStatus.Completed, NodeStatus.Completed, NodeStatus.Skipped], result.Nodes.Select(n => n.Status));
        Assert.All(result.Nodes, n => Assert.True(n.Duration >= TimeSpan.Zero));
        Assert.Equal(TimeSpan.Zero, result.Node("none").Duration);
        Assert.True(result.Duration > TimeSpan.Zero);
        Assert.Equal("Node 'none' has no result: it was skipped.", Assert.Throws<KeyNotFoundException>(() => result.Results["none"]).Message);
        Assert.Equal("2 of 3 nodes completed, 1 skipped.", result.Summary());
    }

    [Fact]
    public void Node_outputs_refuse_duplicate_keys_and_can_be_read_back_from_json()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => new NodeOutput([new("a", 1), new("a", 2)]));
        var output = JsonSerializer.Deserialize<NodeOutput>("""{ "count": 2, "names": ["a", "b"] }""")!;

        Assert.Contains("'a' appears twice", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(2, output.Count);
        Assert.Equal(2, ((JsonElement)output["count"]!).GetInt32());
    }
}
