namespace DataFlow.CodeGen;

/// <summary>A C# type chosen for a column.</summary>
/// <param name="Name">The C# spelling (<c>int</c>, <c>string</c>, <c>byte[]</c>, an enum name).</param>
/// <param name="IsValueType">Whether a nullable column needs <c>?</c> on a value type (vs. a nullable reference).</param>
/// <param name="IsUnknown">Whether the logical type was unknown and <c>string</c> is a fallback.</param>
internal sealed record ClrType(string Name, bool IsValueType, bool IsUnknown = false);
