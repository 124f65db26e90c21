namespace DataFlow.Schema;

/// <summary>
/// A database's schema, read from the catalogs or a snapshot: the one model every DataFlow component
/// works with. Immutable, and equal by content.
/// </summary>
public sealed record DatabaseSchema
{
    /// <summary>The dialect the schema came from: <c>sqlite</c> or <c>postgresql</c>.</summary>
    public required string Dialect { get; init; }

    /// <summary>Tables ordered by schema then name.</summary>
    public EquatableArray<Table> Tables { get; init; }

    /// <summary>Views and materialized views ordered by schema then name.</summary>
    public EquatableArray<View> Views { get; init; }

    /// <summary>Enum types ordered by schema then name.</summary>
    public EquatableArray<EnumType> Enums { get; init; }

    /// <summary>Domains ordered by schema then name.</summary>
    public EquatableArray<DomainType> Domains { get; init; }

    /// <summary>Sequences ordered by schema then name.</summary>
    public EquatableArray<Sequence> Sequences { get; init; }

    /// <summary>What discovery could not represent or wants the user to know, ordered by kind then name.</summary>
    public EquatableArray<SchemaWarning> Warnings { get; init; }

    /// <summary>Finds a table by name, optionally schema-qualified (<c>sales.orders</c>).</summary>
    public Table? FindTable(string name)
    {
        foreach (var table in Tables)
        {
            if (string.Equals(table.Name, name, StringComparison.Ordinal) ||
                string.Equals(table.QualifiedName, name, StringComparison.Ordinal))
            {
                return table;
            }
        }

        return null;
    }
}
