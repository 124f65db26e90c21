using System.Text.Json;
using System.Text.Json.Nodes;
using DataFlow.Tests.Workflows.Support;
using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class WorkflowBuildingTests
{
    private static readonly LocalRuntime Runtime = new();

    public static TheoryData<string, object> ParameterForms => new()
    {
        { "anonymous object", new { data = new { name = "ada", tags = new[] { "x", "y" }, limits = new { max = 5 } } } },
        { "dictionary", new Dictionary<string, object?> { ["data"] = new Dictionary<string, object?> { ["name"] = "ada", ["tags"] = new List<string> { "x", "y" }, ["limits"] = new Dictionary<string, int> { ["max"] = 5 } } } },
        { "JsonElement", JsonDocument.Parse("""{ "data": { "name": "ada", "tags": ["x", "y"], "limits": { "max": 5 } } }""").RootElement },
        { "JsonNode", JsonNode.Parse("""{ "data": { "name": "ada", "tags": ["x", "y"], "limits": { "max": 5 } } }""")! },
    };

    [Theory]
    [MemberData(nameof(ParameterForms))]
    public async Task Parameters_given_in_any_supported_form_arrive_as_the_same_nested_values(string form, object parameters)
    {
        var workflow = new WorkflowBuilder()
            .AddNode("DataNode", "source", parameters)
            .AddNode<SumNode>("max", new { b = 1 })
            .AddNode<LogNode>("tag")
            .AddConnection("source", "result.limits.max", "max", "a")
            .AddConnection("source", "result.tags.1", "tag", "input")
            .Build();

        var (results, _) = await Runtime.ExecuteAsync(workflow);

        Assert.True(6L.Equals(results["max"]["result"]), form);
        Assert.Equal("y", results["tag"]["result"]);
        var data = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(results["source"]["result"]);
        Assert.Equal("ada", data["name"]);
        Assert.Equal(["x", "y"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(data["tags"]));
    }

    [Fact]
    public void Built_parameters_are_a_copy_that_later_changes_to_the_source_do_not_reach()
    {
        var data = new Dictionary<string, object?> { ["status"] = "draft" };
        var builder = new WorkflowBuilder().AddNode("DataNode", "source", new Dictionary<string, object?> { ["data"] = data });
        var workflow = builder.Build();

        data["status"] = "published";
        builder.AddNode("DataNode", "later", new { data = 1 });

        var built = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(workflow.Nodes[0].Parameters["data"]);
        Assert.Equal("draft", built["status"]);
        Assert.Single(workflow.Nodes);
        Assert.Equal(2, builder.Build().Nodes.Count);
    }

    [Fact]
    public void The_execution_order_puts_every_node_after_the_nodes_it_reads_from()
    {
        var workflow = new WorkflowBuilder()
            .AddNode<SumNode>("last")
            .AddNode<SumNode>("middle")
            .AddNode("DataNode", "first", new { data = 1 })
            .AddConnection("middle", "result", "last", "a")
            .AddConnection("first", "result", "middle", "a")
            .Build();

        Assert.Equal(["first", "middle", "last"], workflow.ExecutionOrder);
        Assert.Equal(new WorkflowConnection("middle", "result", "last", "a"), workflow.Connections[0]);
        Assert.Equal("first.result → middle.a", workflow.Connections[1].ToString());
    }

    [Fact]
    public async Task Typed_and_instance_overloads_and_type_names_can_be_mixed_in_one_workflow()
    {
        var workflow = new WorkflowBuilder()
            .AddNode(new DataNode(), "two", new { data = 2 })
            .AddNode<SumNode>("sum", new { b = 40 })
            .AddNode(new CodeNode(inputs => $"answer={inputs["value"]}"), "text")
            .AddConnection("two", "result", "sum", "a")
            .AddConnection("sum", "result", "text", "value")
            .Build();

        var result = await Runtime.ExecuteAsync(workflow);

        Assert.Equal("answer=42", result.Results["text"]["result"]);
        Assert.Equal(["DataNode", "SumNode", "CodeNode"], workflow.Nodes.Select(n => n.Type));
        Assert.All(result.Nodes, node => Assert.Equal(NodeStatus.Completed, node.Status));
    }

    [Fact]
    public async Task Optional_parameters_take_their_declared_defaults()
    {
        var workflow = new WorkflowBuilder().AddNode<SumNode>("sum", new { a = 7 }).Build();

        var (results, _) = await Runtime.ExecuteAsync(workflow);

        Assert.Equal(7L, results["sum"]["result"]);
    }
}
