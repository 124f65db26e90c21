namespace DataFlow.Bench.Workflows;

/// <summary>One measured operation: median and best milliseconds per operation, bytes allocated per operation, and repetitions per sample.</summary>
internal sealed record Measurement(double MedianMs, double BestMs, long AllocatedBytes, int Repeat);
