namespace DataFlow.Schema;

/// <summary>Helpers for schema-qualified object names.</summary>
public static class SchemaObjectName
{
    /// <summary><c>schema.name</c>, or just <paramref name="name"/> when <paramref name="schema"/> is null.</summary>
    public static string Qualify(string? schema, string name) => schema is null ? name : schema + "." + name;
}
