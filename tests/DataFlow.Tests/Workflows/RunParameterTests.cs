using DataFlow.Tests.Workflows.Support;
using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class RunParameterTests
{
    private static readonly LocalRuntime Runtime = new();

    private static Workflow Sum() => new WorkflowBuilder().AddNode<SumNode>("sum", new { a = 1, b = 2 }).Build();

    [Fact]
    public async Task Run_time_parameters_override_the_built_ones_for_that_run_only()
    {
        var workflow = Sum();

        var overridden = await Runtime.ExecuteAsync(workflow, new { sum = new { a = 40 } });
        var plain = await Runtime.ExecuteAsync(workflow);

        Assert.Equal(42L, overridden.Results["sum"]["result"]);
        Assert.Equal(3L, plain.Results["sum"]["result"]);
        Assert.NotEqual(overridden.RunId, plain.RunId);
    }

    [Fact]
    public async Task Run_time_parameters_may_be_a_dictionary_or_json()
    {
        var workflow = Sum();

        var fromDictionary = await Runtime.ExecuteAsync(workflow, new Dictionary<string, object?> { ["sum"] = new Dictionary<string, object?> { ["b"] = 10 } });
        var fromJson = await Runtime.ExecuteAsync(workflow, System.Text.Json.Nodes.JsonNode.Parse("""{ "sum": { "a": 5, "b": 5 } }"""));

        Assert.Equal(11L, fromDictionary.Results["sum"]["result"]);
        Assert.Equal(10L, fromJson.Results["sum"]["result"]);
    }

    [Fact]
    public async Task A_connected_input_keeps_the_value_from_its_connection()
    {
        var workflow = new WorkflowBuilder()
            .AddNode("DataNode", "source", new { data = 100 })
            .AddNode<SumNode>("sum", new { b = 1 })
            .AddConnection("source", "result", "sum", "a")
            .Build();

        var (results, _) = await Runtime.ExecuteAsync(workflow, new { sum = new { a = 5, b = 2 }, source = new { data = 200 } });

        Assert.Equal(202L, results["sum"]["result"]);
    }

    [Fact]
    public async Task Run_time_parameters_for_an_unknown_node_are_refused_before_anything_runs()
    {
        var ran = false;
        var workflow = new WorkflowBuilder().AddNode(new CodeNode(_ => ran = true), "work").Build();

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => Runtime.ExecuteAsync(workflow, new { wrok = new { x = 1 } }));

        Assert.Equal(ErrorCodes.UnknownRunParameterNode, error.Code);
        Assert.Contains("Did you mean 'work'?", error.Message, StringComparison.Ordinal);
        Assert.False(ran);
    }

    [Fact]
    public async Task Run_time_parameters_are_checked_like_built_ones()
    {
        var workflow = Sum();

        var unknown = await Assert.ThrowsAsync<WorkflowValidationException>(() => Runtime.ExecuteAsync(workflow, new { sum = new { c = 1 } }));
        var wrongType = await Assert.ThrowsAsync<WorkflowValidationException>(() => Runtime.ExecuteAsync(workflow, new { sum = new { a = "1" } }));

        Assert.Equal(ErrorCodes.UnknownParameter, unknown.Code);
        Assert.Contains("in the run-time parameters", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.WrongParameterType, wrongType.Code);
        Assert.Contains("'a' of node 'sum' in the run-time parameters is a string", wrongType.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_node_without_declared_parameters_accepts_new_run_time_inputs()
    {
        var workflow = new WorkflowBuilder().AddNode(new CodeNode(inputs => string.Join(",", inputs.Keys.Order())), "keys", new { a = 1 }).Build();

        var (results, _) = await Runtime.ExecuteAsync(workflow, new { keys = new { z = 1, b = 2 } });

        Assert.Equal("a,b,z", results["keys"]["result"]);
    }
}
