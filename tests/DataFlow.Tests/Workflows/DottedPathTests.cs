using System.Text.Json;
using System.Text.Json.Nodes;
using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class DottedPathTests
{
    private static readonly LocalRuntime Runtime = new();

    public static TheoryData<string, object?> Outputs => new()
    {
        { "nested dictionaries and lists", new Dictionary<string, object?> { ["records"] = new List<Dictionary<string, object?>> { new() { ["id"] = 7L }, new() { ["id"] = 8L } } } },
        { "anonymous objects and arrays", new { records = new[] { new { id = 7L }, new { id = 8L } } } },
        { "JsonElement", JsonDocument.Parse("""{ "records": [ { "id": 7 }, { "id": 8 } ] }""").RootElement },
        { "JsonNode", JsonNode.Parse("""{ "records": [ { "id": 7 }, { "id": 8 } ] }""") },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task A_dotted_path_reads_through_dictionaries_lists_json_and_objects(string shape, object? output)
    {
        var workflow = new WorkflowBuilder()
            .AddNode(new CodeNode(_ => output), "users")
            .AddNode(new CodeNode(inputs => inputs.Get<long>("first_id") * 100 + inputs.Get<long>("second_id")), "ids")
            .AddNode(new CodeNode(inputs => inputs.Get<IReadOnlyList<object?>>("records").Count), "count")
            .AddConnection("users", "result.records.0.id", "ids", "first_id")
            .AddConnection("users", "result.records.1.id", "ids", "second_id")
            .AddConnection("users", "result.records", "count", "records")
            .Build();

        var (results, _) = await Runtime.ExecuteAsync(workflow);

        Assert.True(708L.Equals(results["ids"]["result"]), shape);
        Assert.Equal(2, results["count"]["result"]);
    }

    [Fact]
    public async Task A_whole_output_passes_through_unchanged()
    {
        var records = new List<string> { "a", "b" };
        var workflow = new WorkflowBuilder()
            .AddNode(new CodeNode(_ => records), "source")
            .AddNode<LogNode>("log")
            .AddConnection("source", "result", "log", "input")
            .Build();

        var (results, _) = await Runtime.ExecuteAsync(workflow);

        Assert.Same(records, results["log"]["result"]);
    }

    [Fact]
    public async Task A_path_that_does_not_resolve_at_run_time_names_the_connection_and_the_path()
    {
        var workflow = new WorkflowBuilder()
            .AddNode("DataNode", "users", new { data = new { records = new[] { new { id = 1 } } } })
            .AddNode<LogNode>("log")
            .AddConnection("users", "result.records.3.id", "log", "input")
            .Build();

        var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => Runtime.ExecuteAsync(workflow));

        Assert.Equal(ErrorCodes.UnresolvedPath, error.Code);
        Assert.Equal("log", error.NodeId);
        Assert.Contains("users.result.records.3.id → log.input", error.Message, StringComparison.Ordinal);
        Assert.Contains("'result.records' is a list of 1 item, which has no item '3'", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.RunId, error.Message, StringComparison.Ordinal);
        Assert.Equal(NodeStatus.Completed, error.Result.Node("users").Status);
        Assert.Equal(NodeStatus.Failed, error.Result.Node("log").Status);
    }

    [Fact]
    public async Task A_value_arriving_with_the_wrong_type_is_a_run_time_error_naming_the_connection()
    {
        var workflow = new WorkflowBuilder()
            .AddNode("DataNode", "source", new { data = new { count = "three" } })
            .AddNode<Support.SumNode>("sum")
            .AddConnection("source", "result.count", "sum", "a")
            .Build();

        var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => Runtime.ExecuteAsync(workflow));

        Assert.Equal(ErrorCodes.WrongParameterType, error.Code);
        Assert.Contains("got a string (\"three\") for its parameter 'a' from the connection source.result.count → sum.a, but it must be an integer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_output_of_an_ordinary_node_is_an_error_not_a_skip()
    {
        var workflow = new WorkflowBuilder()
            .AddNode(new CodeNode(_ => 1), "source")
            .AddNode<LogNode>("log")
            .AddConnection("source", "result", "log", "input")
            .Build();
        var broken = new WorkflowBuilder()
            .AddNode(new EmptyOutputNode(), "source")
            .AddNode<LogNode>("log")
            .AddConnection("source", "result", "log", "input")
            .Build();

        await Runtime.ExecuteAsync(workflow);
        var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => Runtime.ExecuteAsync(broken));

        Assert.Equal(ErrorCodes.UnresolvedPath, error.Code);
        Assert.Contains("the source produced no output 'result'", error.Message, StringComparison.Ordinal);
    }

    private sealed class EmptyOutputNode : Node
    {
        public override ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(NodeOutput.Empty);
    }
}
