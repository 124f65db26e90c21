using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>The class generated for one table or view, with every name already decided.</summary>
internal sealed class EntityPlan
{
    /// <summary>The database schema of the table or view (null on SQLite).</summary>
    public required string? Schema { get; init; }

    /// <summary>The table or view name.</summary>
    public required string Name { get; init; }

    /// <summary>The table, or null for a view.</summary>
    public Table? Table { get; init; }

    /// <summary>The view, or null for a table.</summary>
    public View? View { get; init; }

    /// <summary>The C# class name, unique in the namespace.</summary>
    public required string ClassName { get; init; }

    /// <summary>The table or view comment.</summary>
    public string? Comment => Table?.Comment ?? View?.Comment;

    /// <summary><c>schema.name</c>, or the name alone.</summary>
    public string QualifiedName => SchemaObjectName.Qualify(Schema, Name);

    /// <summary>The property names taken so far (columns, then navigations, then collections).</summary>
    public NameScope Members { get; init; } = new();

    /// <summary>One property per column, in column order.</summary>
    public List<PropertyPlan> Properties { get; } = [];

    /// <summary>One reference navigation per foreign key of this table whose principal is scaffolded.</summary>
    public List<NavigationPlan> Navigations { get; } = [];

    /// <summary>One collection per foreign key pointing at this table.</summary>
    public List<NavigationPlan> Collections { get; } = [];
}
