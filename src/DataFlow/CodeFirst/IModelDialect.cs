using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <summary>
/// What turning C# models into a schema needs from a dialect: raw type spellings (both ways), the key and constraint
/// names the database would choose, and how a literal default is written back by its catalog.
/// </summary>
internal interface IModelDialect
{
    /// <summary>The dialect name written to <see cref="DatabaseSchema.Dialect"/>.</summary>
    string Name { get; }

    /// <summary>The schema of a table without <c>[Table(Schema = ...)]</c>; null where the database has none.</summary>
    string? DefaultSchema { get; }

    /// <summary>Whether identity and serial columns come with a sequence object.</summary>
    bool HasSequences { get; }

    /// <summary>The raw type the catalog reports for a column created with <paramref name="type"/>.</summary>
    string Spell(LogicalType type);

    /// <summary>The logical type discovery gives <paramref name="rawType"/>, or null when it cannot tell without the database (domains, extension types).</summary>
    /// <param name="rawType">The raw type.</param>
    /// <param name="enumName">The qualified enum name for a type name, or null when it is not a model enum.</param>
    LogicalType? Parse(string rawType, Func<string, string?> enumName);

    /// <summary>The identity an integer key gets by convention.</summary>
    IdentityKind ConventionalIdentity(string rawType);

    /// <summary>The name the database gives a constraint or index created without one; null where it keeps none.</summary>
    string? ConventionalName(ConstraintKind kind, string table, IReadOnlyList<string> columns);

    /// <summary>The default as the catalog reports it for a literal <paramref name="value"/> on a column of <paramref name="rawType"/>.</summary>
    string DefaultLiteral(object value, string rawType);
}
