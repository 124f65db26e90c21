using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>The property generated for one column.</summary>
/// <param name="Column">The column.</param>
/// <param name="Name">The property name (already unique in its class; not yet keyword-escaped).</param>
/// <param name="Type">The CLR type.</param>
/// <param name="KeyOrder">The position in a composite primary key (0-based); null when not in a composite key.</param>
/// <param name="IsKey">Whether the column is part of the primary key.</param>
internal sealed record PropertyPlan(Column Column, string Name, ClrType Type, int? KeyOrder, bool IsKey);
