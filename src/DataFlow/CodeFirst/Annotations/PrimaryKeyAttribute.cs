namespace DataFlow.Annotations;

/// <summary>
/// The primary key of the class: its columns (properties or columns, in key order; instead of <c>[Key]</c>) and/or
/// its constraint name.
/// </summary>
/// <param name="columns">The key properties or columns; empty to keep the <c>[Key]</c>/<c>Id</c> convention.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PrimaryKeyAttribute(params string[] columns) : Attribute
{
    /// <summary>The key properties or columns.</summary>
    public string[] Columns { get; } = columns;

    /// <summary>The constraint name; default <c>{table}_pkey</c> on PostgreSQL, unnamed on SQLite.</summary>
    public string? Name { get; set; }
}
