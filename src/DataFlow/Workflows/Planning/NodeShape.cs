namespace DataFlow.Workflows;

/// <summary>What a node declares, read once per node instance while a workflow is validated.</summary>
internal sealed class NodeShape
{
    public NodeShape(Node node)
    {
        Node = node;
        Parameters = [.. node.Parameters];
        Layout = new ParameterLayout(Array.ConvertAll(Parameters, p => p.Name), [.. Parameters]);
        Outputs = [.. node.Outputs];
        AcceptsUndeclared = node.AcceptsUndeclaredParameters;
        OrdersLaterNodes = node.OrdersLaterNodes;
        OverridesValidate = node.GetType().GetMethod(nameof(Node.Validate), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)?.DeclaringType != typeof(Node);
    }

    public Node Node { get; }

    public NodeParameter[] Parameters { get; }

    /// <summary>The layout of the declared parameters alone.</summary>
    public ParameterLayout Layout { get; }

    public string[] Outputs { get; }

    public bool AcceptsUndeclared { get; }

    /// <summary>True for ordering barriers (<see cref="Node.OrdersLaterNodes"/>).</summary>
    public bool OrdersLaterNodes { get; }

    /// <summary>True when the node checks more than its declarations (<see cref="Node.Validate"/> is overridden).</summary>
    public bool OverridesValidate { get; }

    /// <summary>True when <paramref name="output"/> is declared (exactly, or by a <c>prefix*</c> pattern).</summary>
    public bool HasOutput(string output)
    {
        foreach (var declared in Outputs)
        {
            var matches = declared.EndsWith('*')
                ? output.StartsWith(declared.AsSpan(0, declared.Length - 1), StringComparison.Ordinal)
                : string.Equals(declared, output, StringComparison.Ordinal);
            if (matches)
            {
                return true;
            }
        }

        return false;
    }
}
