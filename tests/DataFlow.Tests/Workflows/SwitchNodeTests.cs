using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class SwitchNodeTests
{
    private static readonly LocalRuntime Runtime = new();

    [Theory]
    [InlineData("==", "paid", true)]
    [InlineData("==", "open", false)]
    [InlineData("!=", "open", true)]
    [InlineData("contains", "ai", true)]
    [InlineData("contains", "x", false)]
    public async Task Boolean_mode_compares_a_string_field(string op, string value, bool expected)
    {
        var result = await RunBoolean(new { status = "paid", total = 120 }, "status", op, value);

        AssertRouted(result, expected);
    }

    [Theory]
    [InlineData(">", 100, true)]
    [InlineData(">", 120, false)]
    [InlineData("<", 121.5, true)]
    [InlineData(">=", 120, true)]
    [InlineData("<=", 119, false)]
    [InlineData("==", 120.0, true)]
    public async Task Boolean_mode_compares_numbers_across_numeric_types(string op, object value, bool expected)
    {
        var result = await RunBoolean(new { status = "paid", total = 120 }, "total", op, value);

        AssertRouted(result, expected);
    }

    [Theory]
    [InlineData("in", true)]
    [InlineData("is_null", false)]
    [InlineData("is_not_null", true)]
    public async Task Boolean_mode_supports_in_and_null_checks(string op, bool expected)
    {
        var result = await RunBoolean(new { status = "paid" }, "status", op, op == "in" ? new[] { "paid", "shipped" } : null);

        AssertRouted(result, expected);
    }

    [Fact]
    public async Task A_missing_field_is_null_and_a_dotted_field_reads_nested_data()
    {
        var missing = await RunBoolean(new { status = "paid" }, "coupon", "is_null", null);
        var nested = await RunBoolean(new { order = new { lines = new[] { new { sku = "A-1" } } } }, "order.lines.0.sku", "==", "A-1");

        AssertRouted(missing, true);
        AssertRouted(nested, true);
    }

    [Fact]
    public async Task Only_the_chosen_branch_runs_and_its_dependents_are_skipped_not_failed()
    {
        var ran = new List<string>();
        var workflow = new WorkflowBuilder()
            .AddNode("DataNode", "order", new { data = new { total = 120 } })
            .AddNode("SwitchNode", "route", new { condition_field = "total", @operator = ">", value = 100 })
            .AddNode(new CodeNode(i => { ran.Add("review"); return "review"; }), "review")
            .AddNode(new CodeNode(i => { ran.Add("ship"); return "ship"; }), "ship")
            .AddNode(new CodeNode(i => { ran.Add("notify"); return "notify"; }), "notify")
            .AddConnection("order", "result", "route", "input_data")
            .AddConnection("route", "true_output", "review", "order")
            .AddConnection("route", "false_output", "ship", "order")
            .AddConnection("ship", "result", "notify", "shipment")
            .Build();

        var result = await Runtime.ExecuteAsync(workflow);

        Assert.Equal(["review"], ran);
        Assert.Equal(NodeStatus.Completed, result.Node("review").Status);
        Assert.Equal(NodeStatus.Skipped, result.Node("ship").Status);
        Assert.Equal(NodeStatus.Skipped, result.Node("notify").Status);
        Assert.Equal(WorkflowStatus.Completed, result.Status);
        Assert.False(result.Results.ContainsKey("ship"));
        Assert.Equal(["order", "route", "review"], result.Results.Keys);
    }

    [Fact]
    public async Task Multi_case_mode_routes_to_the_matching_case_or_to_default()
    {
        var workflow = new WorkflowBuilder()
            .AddNode("DataNode", "migration", new { data = new { status = "pending" } })
            .AddNode("SwitchNode", "decide", new { condition_field = "status", cases = new[] { "pending", "completed" } })
            .AddNode("LogNode", "apply", new { message = "applying" })
            .AddNode("LogNode", "skip", new { message = "already applied" })
            .AddNode("LogNode", "unknown", new { message = "unknown status" })
            .AddConnection("migration", "result", "decide", "input_data")
            .AddConnection("decide", "case_pending", "apply", "input")
            .AddConnection("decide", "case_completed", "skip", "input")
            .AddConnection("decide", "default", "unknown", "input")
            .Build();

        var pending = await Runtime.ExecuteAsync(workflow);
        var other = await Runtime.ExecuteAsync(workflow, new { migration = new { data = new { status = "failed" } } });

        Assert.Equal(["case_pending"], pending.Results["decide"].Keys);
        Assert.Equal([NodeStatus.Completed, NodeStatus.Skipped, NodeStatus.Skipped], new[] { "apply", "skip", "unknown" }.Select(id => pending.Node(id).Status));
        Assert.Equal([NodeStatus.Skipped, NodeStatus.Skipped, NodeStatus.Completed], new[] { "apply", "skip", "unknown" }.Select(id => other.Node(id).Status));
        var routed = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(other.Results["unknown"]["result"]);
        Assert.Equal("failed", routed["status"]);
    }

    [Fact]
    public async Task A_node_fed_from_a_taken_and_a_skipped_branch_runs_with_what_arrived()
    {
        var workflow = new WorkflowBuilder()
            .AddNode("DataNode", "flag", new { data = true })
            .AddNode("SwitchNode", "route", new { @operator = "==", value = true })
            .AddNode("DataNode", "yes", new { data = "yes" })
            .AddNode(new CodeNode(inputs => string.Join("+", inputs.Keys.Order())), "merge")
            .AddConnection("flag", "result", "route", "input_data")
            .AddConnection("route", "true_output", "merge", "when_true")
            .AddConnection("route", "false_output", "merge", "when_false")
            .Build();

        var (results, _) = await Runtime.ExecuteAsync(workflow);

        Assert.Equal("when_true", results["merge"]["result"]);
    }

    [Fact]
    public void Outputs_the_chosen_mode_never_produces_are_refused_when_building()
    {
        var builder = new WorkflowBuilder()
            .AddNode("SwitchNode", "decide", new { input_data = "x", cases = new[] { "a", "b" } })
            .AddNode<LogNode>("log")
            .AddConnection("decide", "case_c", "log", "input");

        var error = Assert.Throws<WorkflowValidationException>(builder.Build);

        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
        Assert.Contains("'case_c', which this switch never produces", error.Message, StringComparison.Ordinal);
        Assert.Contains("case_a, case_b, default", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixing_the_two_modes_or_omitting_the_value_is_refused_when_building()
    {
        var mixed = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder().AddNode("SwitchNode", "s", new { input_data = 1, cases = new[] { 1 }, value = 1 }).Build());
        var noValue = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder().AddNode("SwitchNode", "s", new { input_data = 1, @operator = ">" }).Build());
        var badOperator = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder().AddNode("SwitchNode", "s", new { input_data = 1, @operator = "=>", value = 1 }).Build());

        Assert.Equal(("value", ErrorCodes.InvalidParameterValue), (mixed.Parameter, mixed.Code));
        Assert.Contains("belongs to boolean mode", mixed.Message, StringComparison.Ordinal);
        Assert.Equal(("value", ErrorCodes.InvalidParameterValue), (noValue.Parameter, noValue.Code));
        Assert.Equal(("operator", ErrorCodes.InvalidParameterValue), (badOperator.Parameter, badOperator.Code));
    }

    [Fact]
    public async Task Ordering_values_that_cannot_be_compared_fails_the_node_with_the_reason()
    {
        var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => RunBoolean(new { total = "lots" }, "total", ">", 100));

        Assert.Equal(ErrorCodes.NodeFailed, error.Code);
        Assert.Equal("route", error.NodeId);
        Assert.Contains("a string (\"lots\") cannot be ordered against an integer (100)", error.Message, StringComparison.Ordinal);
    }

    private static Task<WorkflowResult> RunBoolean(object data, string field, string op, object? value)
    {
        var parameters = new Dictionary<string, object?> { ["input_data"] = data, ["condition_field"] = field, ["operator"] = op };
        if (value is not null)
        {
            parameters["value"] = value;
        }

        var workflow = new WorkflowBuilder()
            .AddNode("SwitchNode", "route", parameters)
            .AddNode("LogNode", "yes")
            .AddNode("LogNode", "no")
            .AddConnection("route", "true_output", "yes", "input")
            .AddConnection("route", "false_output", "no", "input")
            .Build();
        return Runtime.ExecuteAsync(workflow);
    }

    private static void AssertRouted(WorkflowResult result, bool expected)
    {
        Assert.Equal(expected ? "true_output" : "false_output", Assert.Single(result.Results["route"].Keys));
        Assert.Equal(expected ? NodeStatus.Completed : NodeStatus.Skipped, result.Node("yes").Status);
        Assert.Equal(expected ? NodeStatus.Skipped : NodeStatus.Completed, result.Node("no").Status);
    }
}
