namespace DataFlow.Annotations;

/// <summary>
/// A foreign key with every detail the database keeps. On a class, <paramref name="columns"/> name the referencing
/// properties or columns; on a property without columns, the key is that property's column.
/// </summary>
/// <param name="principalTable">The referenced table (its database name).</param>
/// <param name="columns">The referencing properties or columns, in key order.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = true)]
public sealed class ReferencesAttribute(string principalTable, params string[] columns) : Attribute
{
    /// <summary>The referenced table.</summary>
    public string PrincipalTable { get; } = principalTable;

    /// <summary>The referencing properties or columns.</summary>
    public string[] Columns { get; } = columns;

    /// <summary>The schema of the referenced table; default the referencing table's schema.</summary>
    public string? PrincipalSchema { get; set; }

    /// <summary>The referenced columns; default the principal's primary key.</summary>
    public string[]? PrincipalColumns { get; set; }

    /// <summary>The constraint name; default <c>{table}_{columns}_fkey</c> on PostgreSQL, unnamed on SQLite.</summary>
    public string? Name { get; set; }

    /// <summary><c>NO ACTION</c> (default), <c>RESTRICT</c>, <c>CASCADE</c>, <c>SET NULL</c> or <c>SET DEFAULT</c>.</summary>
    public string? OnDelete { get; set; }

    /// <summary>As <see cref="OnDelete"/>, for updates of the referenced key.</summary>
    public string? OnUpdate { get; set; }

    /// <summary>The check can be deferred to commit.</summary>
    public bool IsDeferrable { get; set; }

    /// <summary>The check is deferred by default.</summary>
    public bool IsInitiallyDeferred { get; set; }

    /// <summary><c>FULL</c> or <c>PARTIAL</c> when not the default SIMPLE.</summary>
    public string? MatchType { get; set; }
}
