using DataFlow.Tests.Workflows.Support;
using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class WorkflowValidationTests
{
    [Fact]
    public void A_duplicate_node_id_is_refused_when_the_node_is_added()
    {
        var builder = new WorkflowBuilder().AddNode("DataNode", "users", new { data = 1 });

        var error = Assert.Throws<WorkflowValidationException>(() => builder.AddNode("DataNode", "users", new { data = 2 }));

        Assert.Equal(ErrorCodes.DuplicateNodeId, error.Code);
        Assert.Equal("users", error.NodeId);
        Assert.Contains("'users'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("get users", "whitespace")]
    [InlineData("users.list", "dot")]
    public void An_invalid_node_id_is_refused(string nodeId, string problem)
    {
        var error = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder().AddNode("DataNode", nodeId, new { data = 1 }));

        Assert.Equal(ErrorCodes.InvalidNodeId, error.Code);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_to_an_unknown_node_names_it_and_suggests_the_closest_id()
    {
        var builder = new WorkflowBuilder().AddNode("DataNode", "orders", new { data = 1 }).AddNode<LogNode>("log");

        var from = Assert.Throws<WorkflowValidationException>(() => builder.AddConnection("order", "result", "log", "input"));
        var to = Assert.Throws<WorkflowValidationException>(() => builder.AddConnection("orders", "result", "logger", "input"));

        Assert.Equal(ErrorCodes.UnknownConnectionNode, from.Code);
        Assert.Contains("source node 'order'", from.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'orders'?", from.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.UnknownConnectionNode, to.Code);
        Assert.Contains("target node 'logger'", to.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_to_an_undeclared_input_names_node_input_and_the_inputs_there_are()
    {
        var builder = new WorkflowBuilder()
            .AddNode("DataNode", "source", new { data = 1 })
            .AddNode<SumNode>("sum", new { a = 1 })
            .AddConnection("source", "result", "sum", "c");

        var error = Assert.Throws<WorkflowValidationException>(builder.Build);

        Assert.Equal(ErrorCodes.UnknownInput, error.Code);
        Assert.Equal(("sum", "c"), (error.NodeId, error.Parameter));
        Assert.Contains("source.result → sum.c", error.Message, StringComparison.Ordinal);
        Assert.Contains("Inputs of SumNode: a, b", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_from_an_undeclared_output_is_refused()
    {
        var builder = new WorkflowBuilder()
            .AddNode("DataNode", "source", new { data = 1 })
            .AddNode<LogNode>("log")
            .AddConnection("source", "records.0", "log", "input");

        var error = Assert.Throws<WorkflowValidationException>(builder.Build);

        Assert.Equal(ErrorCodes.UnknownOutput, error.Code);
        Assert.Contains("reads the output 'records'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Outputs of DataNode: result", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_output_path_is_refused_when_connecting()
    {
        var builder = new WorkflowBuilder().AddNode("DataNode", "source", new { data = 1 }).AddNode<LogNode>("log");

        var error = Assert.Throws<WorkflowValidationException>(() => builder.AddConnection("source", "result..id", "log", "input"));

        Assert.Equal(ErrorCodes.UnknownOutput, error.Code);
        Assert.Contains("'result..id'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_connections_into_one_input_are_refused()
    {
        var builder = new WorkflowBuilder()
            .AddNode("DataNode", "one", new { data = 1 })
            .AddNode("DataNode", "two", new { data = 2 })
            .AddNode<SumNode>("sum")
            .AddConnection("one", "result", "sum", "a")
            .AddConnection("two", "result", "sum", "a");

        var error = Assert.Throws<WorkflowValidationException>(builder.Build);

        Assert.Equal(ErrorCodes.InputConnectedTwice, error.Code);
        Assert.Contains("one.result → sum.a already feeds", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.ConnectionIndex);
    }

    [Fact]
    public void A_cycle_is_refused_and_named_node_by_node()
    {
        var builder = new WorkflowBuilder()
            .AddNode("DataNode", "start", new { data = 1 })
            .AddNode<SumNode>("a")
            .AddNode<SumNode>("b")
            .AddNode<SumNode>("c")
            .AddConnection("start", "result", "a", "a")
            .AddConnection("a", "result", "b", "a")
            .AddConnection("b", "result", "c", "a")
            .AddConnection("c", "result", "a", "b");

        var error = Assert.Throws<WorkflowValidationException>(builder.Build);

        Assert.Equal(ErrorCodes.WorkflowCycle, error.Code);
        Assert.Contains("a → b → c → a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_reading_its_own_output_is_a_cycle()
    {
        var builder = new WorkflowBuilder().AddNode<SumNode>("loop", new { a = 1 }).AddConnection("loop", "result", "loop", "b");

        var error = Assert.Throws<WorkflowValidationException>(builder.Build);

        Assert.Equal(ErrorCodes.WorkflowCycle, error.Code);
        Assert.Contains("loop → loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_parameter_neither_given_nor_connected_is_refused()
    {
        var error = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder().AddNode<SumNode>("sum", new { b = 1 }).Build());

        Assert.Equal(ErrorCodes.MissingRequiredParameter, error.Code);
        Assert.Equal(("sum", "a"), (error.NodeId, error.Parameter));
        Assert.Contains("First addend", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "a string (\"text\")")]
    [InlineData(1.5, "a number (1.5)")]
    [InlineData(true, "a boolean (true)")]
    public void A_value_of_the_wrong_type_names_node_parameter_expected_and_actual_type(object value, string described)
    {
        var builder = new WorkflowBuilder().AddNode<SumNode>("sum", new Dictionary<string, object?> { ["a"] = value });

        var error = Assert.Throws<WorkflowValidationException>(builder.Build);

        Assert.Equal(ErrorCodes.WrongParameterType, error.Code);
        Assert.Equal(("sum", "a"), (error.NodeId, error.Parameter));
        Assert.Contains($"is {described}, but must be an integer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_for_a_required_parameter_is_the_wrong_type()
    {
        var error = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder().AddNode<SumNode>("sum", new Dictionary<string, object?> { ["a"] = null }).Build());

        Assert.Equal(ErrorCodes.WrongParameterType, error.Code);
        Assert.Contains("is null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_parameter_is_refused_with_a_suggestion()
    {
        var error = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder().AddNode("DataNode", "source", new { dta = 1 }).Build());

        Assert.Equal(ErrorCodes.UnknownParameter, error.Code);
        Assert.Contains("no parameter 'dta'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'data'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_outside_the_allowed_values_is_refused_with_a_suggestion()
    {
        var error = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder().AddNode("LogNode", "log", new { level = "warn" }).Build());

        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
        Assert.Equal("level", error.Parameter);
        Assert.Contains("'warn' is not one of", error.Message, StringComparison.Ordinal);
        Assert.Equal("Did you mean 'warning'?", error.Hint);
    }

    [Fact]
    public void An_unknown_node_type_is_refused_with_a_did_you_mean()
    {
        var error = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder(new NodeCatalog()).AddNode("SwitchNod", "route", new { input_data = 1, value = 1 }).Build());

        Assert.Equal(ErrorCodes.UnknownNodeType, error.Code);
        Assert.Equal("route", error.NodeId);
        Assert.Contains("'SwitchNod'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'SwitchNode'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CodeNode_named_by_type_is_refused_because_it_needs_a_delegate()
    {
        var error = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder().AddNode("CodeNode", "skip", new { code = "result = 1" }).Build());

        Assert.Equal(ErrorCodes.CodeNodeNeedsDelegate, error.Code);
        Assert.Contains("never evaluates code strings", error.Message, StringComparison.Ordinal);
        Assert.Contains("new CodeNode(", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_that_are_not_an_object_are_refused()
    {
        var error = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder().AddNode("DataNode", "source", new[] { 1, 2 }));

        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
        Assert.Contains("must be an object", error.Message, StringComparison.Ordinal);
    }
}
