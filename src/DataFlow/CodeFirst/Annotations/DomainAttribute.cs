namespace DataFlow.Annotations;

/// <summary>
/// A PostgreSQL domain, declared on any model class (the scaffold puts them on <c>DatabaseObjects</c>). Columns whose
/// <c>[Column(TypeName = ...)]</c> names it take its base type.
/// </summary>
/// <param name="name">The domain name.</param>
/// <param name="baseType">The base type as the database spells it (<c>character varying(50)</c>).</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DomainAttribute(string name, string baseType) : Attribute
{
    /// <summary>The domain name.</summary>
    public string Name { get; } = name;

    /// <summary>The base type.</summary>
    public string BaseType { get; } = baseType;

    /// <summary>The schema; default <c>public</c>.</summary>
    public string? Schema { get; set; }

    /// <summary>The domain is declared NOT NULL.</summary>
    public bool IsNotNull { get; set; }

    /// <summary>The default expression.</summary>
    public string? Default { get; set; }

    /// <summary>A non-default collation.</summary>
    public string? Collation { get; set; }

    /// <summary>The comment.</summary>
    public string? Comment { get; set; }

    /// <summary>The CHECK expressions.</summary>
    public string[]? Checks { get; set; }

    /// <summary>The names of <see cref="Checks"/>, in the same order.</summary>
    public string[]? CheckNames { get; set; }
}
