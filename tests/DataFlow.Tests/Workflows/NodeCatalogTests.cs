using DataFlow.Tests.Workflows.Support;
using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class NodeCatalogTests
{
    [Fact]
    public async Task Two_databases_each_with_their_own_UserListNode_never_collide()
    {
        await using var first = new DataFlowDb("sqlite:///first.db");
        await using var second = new DataFlowDb("sqlite:///second.db");
        first.Nodes.Register<FirstUserListNode>();
        second.Nodes.Register<SecondUserListNode>();
        var workflow = new WorkflowBuilder().AddNode("UserListNode", "users").Build();

        var (fromFirst, _) = await new LocalRuntime(first).ExecuteAsync(workflow);
        var (fromSecond, _) = await new LocalRuntime(second).ExecuteAsync(workflow);

        Assert.Equal(["ada", "grace"], Assert.IsType<List<string>>(fromFirst["users"]["result"]));
        Assert.Equal(["records", "count"], fromSecond["users"].Keys);
        Assert.True(first.Nodes.TryGet("UserListNode", out var firstNode));
        Assert.True(second.Nodes.TryGet("UserListNode", out var secondNode));
        Assert.IsType<FirstUserListNode>(firstNode);
        Assert.IsType<SecondUserListNode>(secondNode);
    }

    [Fact]
    public async Task A_workflow_built_for_one_database_is_validated_against_that_database_s_node()
    {
        await using var first = new DataFlowDb("sqlite:///first.db");
        await using var second = new DataFlowDb("sqlite:///second.db");
        first.Nodes.Register<FirstUserListNode>();
        second.Nodes.Register<SecondUserListNode>();

        var forFirst = new WorkflowBuilder(first).AddNode("UserListNode", "users", new { limit = 1 }).Build();
        var forSecond = Assert.Throws<WorkflowValidationException>(() => new WorkflowBuilder(second).AddNode("UserListNode", "users", new { limit = 1 }).Build());

        Assert.Equal(["ada"], Assert.IsType<List<string>>((await new LocalRuntime(first).ExecuteAsync(forFirst)).Results["users"]["result"]));
        Assert.Equal(ErrorCodes.UnknownParameter, forSecond.Code);
        Assert.Contains("Parameters of UserListNode: filter", forSecond.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_only_the_database_knows_is_unknown_to_a_runtime_without_it()
    {
        await using var db = new DataFlowDb("sqlite:///app.db");
        db.Nodes.Register<FirstUserListNode>();
        var workflow = new WorkflowBuilder().AddNode("UserListNode", "users").Build();

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => new LocalRuntime().ExecuteAsync(workflow));
        var other = await Assert.ThrowsAsync<WorkflowValidationException>(() => new LocalRuntime(new DataFlowDb("sqlite:///other.db")).ExecuteAsync(workflow));

        Assert.Equal(ErrorCodes.UnknownNodeType, error.Code);
        Assert.Equal(ErrorCodes.UnknownNodeType, other.Code);
        Assert.Contains("new LocalRuntime(db)", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_a_name_twice_or_a_built_in_name_is_refused()
    {
        var catalog = new NodeCatalog().Register<FirstUserListNode>();

        var twice = Assert.Throws<WorkflowValidationException>(() => catalog.Register<SecondUserListNode>());
        var builtIn = Assert.Throws<WorkflowValidationException>(() => catalog.Register(new SumNode(), "SwitchNode"));
        var codeNode = Assert.Throws<WorkflowValidationException>(() => catalog.Register(new SumNode(), "CodeNode"));
        var readOnly = Assert.Throws<WorkflowValidationException>(() => NodeCatalog.BuiltIn.Register<SumNode>());

        Assert.All([twice, builtIn, codeNode, readOnly], e => Assert.Equal(ErrorCodes.NodeTypeAlreadyRegistered, e.Code));
        Assert.Contains("built-in node", builtIn.Message, StringComparison.Ordinal);
        Assert.Contains("read-only", readOnly.Message, StringComparison.Ordinal);
        Assert.False(NodeCatalog.BuiltIn.Contains("SumNode"));
    }

    [Fact]
    public void A_catalog_lists_its_own_names_and_the_built_ins()
    {
        var catalog = new NodeCatalog().Register<SumNode>().Register(new SumNode(), "AddNode");

        Assert.Equal(["AddNode", "DataNode", "LogNode", "SumNode", "SwitchNode"], catalog.Names);
        Assert.Equal(["DataNode", "LogNode", "SwitchNode"], NodeCatalog.BuiltIn.Names);
    }

    [Fact]
    public async Task A_workflow_resolved_by_a_runtime_is_validated_before_any_node_runs()
    {
        await using var db = new DataFlowDb("sqlite:///app.db");
        db.Nodes.Register<SumNode>();
        var ran = false;
        var workflow = new WorkflowBuilder()
            .AddNode(new CodeNode(_ => ran = true), "first")
            .AddNode("SumNode", "sum", new { a = "not a number" })
            .Build();

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => new LocalRuntime(db).ExecuteAsync(workflow));

        Assert.Equal(ErrorCodes.WrongParameterType, error.Code);
        Assert.False(ran);
    }
}
