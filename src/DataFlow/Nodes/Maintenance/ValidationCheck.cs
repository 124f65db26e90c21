namespace DataFlow.Nodes.Maintenance;

/// <summary>One check of a <see cref="ValidationNode"/>, with the table, column(s), index and bounds it needs.</summary>
/// <param name="Kind">The check: <c>table_exists</c>, <c>column_exists</c>, <c>index_exists</c>, <c>not_null</c>, <c>unique</c> or <c>row_count</c>.</param>
/// <param name="Table">The table, or null (an index check may name only the index).</param>
/// <param name="Columns">The column(s): one for most checks, one or more for <c>unique</c>.</param>
/// <param name="Index">The index of <c>index_exists</c>.</param>
/// <param name="Min">The least rows of <c>row_count</c>.</param>
/// <param name="Max">The most rows of <c>row_count</c>.</param>
/// <param name="EqualTo">The exact rows of <c>row_count</c>.</param>
internal sealed record ValidationCheck(string Kind, string? Table, IReadOnlyList<string> Columns, string? Index, long? Min, long? Max, long? EqualTo);
