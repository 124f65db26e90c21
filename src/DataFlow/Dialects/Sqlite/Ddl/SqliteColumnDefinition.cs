namespace DataFlow.Dialects.Sqlite;

/// <summary>The parts of a column definition that the pragmas do not report (a value kept in the table's list).</summary>
/// <param name="Name">The column name, unquoted.</param>
internal record struct SqliteColumnDefinition(string Name)
{
    /// <summary>The <c>COLLATE</c> name, unquoted, or null.</summary>
    public string? Collation { get; set; }

    /// <summary>The expression of <c>GENERATED ALWAYS AS (...)</c> or <c>AS (...)</c>, verbatim, or null.</summary>
    public string? GeneratedExpression { get; set; }

    /// <summary>True for <c>PRIMARY KEY AUTOINCREMENT</c>.</summary>
    public bool IsAutoIncrement { get; set; }
}
