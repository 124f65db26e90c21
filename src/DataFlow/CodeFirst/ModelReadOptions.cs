namespace DataFlow.CodeFirst;

/// <summary>How <see cref="ModelSchemaReader"/> turns C# models into a schema.</summary>
public sealed record ModelReadOptions
{
    /// <summary>
    /// The dialect whose types, default schema and constraint names the schema uses: <c>postgresql</c> or <c>sqlite</c>.
    /// Comparing models with a database, take the database's (<see cref="Schema.DatabaseSchema.Dialect"/>).
    /// </summary>
    public required string Dialect { get; init; }
}
