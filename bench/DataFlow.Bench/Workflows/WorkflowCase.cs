namespace DataFlow.Bench.Workflows;

/// <summary>The measurements of one workflow shape and size.</summary>
internal sealed record WorkflowCase(WorkflowShape Shape, int Nodes, int Connections, Measurement Build, Measurement Run, Measurement Total, double TotalColdMs, Measurement Direct)
{
    /// <summary>Engine cost per node beyond the direct calls: (build + validate + run − direct) ÷ nodes, in µs.</summary>
    public double OverheadPerNodeUs => (Total.MedianMs - Direct.MedianMs) * 1000 / Nodes;

    /// <summary>Engine cost per node of one cold build + validate + run (after a full GC), in µs.</summary>
    public double ColdOverheadPerNodeUs => (TotalColdMs - Direct.MedianMs) * 1000 / Nodes;

    /// <summary>Run-only cost per node beyond the direct calls, in µs.</summary>
    public double RunOverheadPerNodeUs => (Run.MedianMs - Direct.MedianMs) * 1000 / Nodes;
}
