using DataFlow.Expressions;
using DataFlow.Schema;

namespace DataFlow.Nodes.Maintenance;

/// <summary>One <c>SET target = source</c> of a batched update: a checked expression and the column it fills.</summary>
/// <param name="Target">The column written.</param>
/// <param name="Source">The value, an expression over the same table's columns.</param>
internal sealed record ColumnAssignment(Column Target, CheckedExpression Source);
