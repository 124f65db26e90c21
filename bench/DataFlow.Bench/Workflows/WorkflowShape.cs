namespace DataFlow.Bench.Workflows;

/// <summary>The workflows measured: a chain (one connection per node) and a ladder (two per node).</summary>
internal enum WorkflowShape
{
    /// <summary>n0 → n1 → … : node i reads node i-1.</summary>
    Chain,

    /// <summary>Node i reads nodes i-1 and i-2: twice the connections of a chain.</summary>
    Ladder,
}
