using DataFlow.Dialects.Postgres;
using DataFlow.Dialects.Sqlite;

namespace DataFlow.CodeFirst;

/// <summary>The <see cref="IModelDialect"/> of a dialect name.</summary>
internal static class ModelDialects
{
    private static readonly IModelDialect Sqlite = new SqliteModelDialect();
    private static readonly IModelDialect Postgres = new PostgresModelDialect();

    /// <summary>The names accepted by <see cref="For"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["postgresql", "sqlite"];

    /// <summary>The dialect named <paramref name="name"/> (<c>sqlite</c>, <c>postgresql</c>; <c>postgres</c>, <c>pg</c> accepted).</summary>
    /// <exception cref="DataFlowConfigurationException"><c>DF-CF-001</c>: an unknown dialect.</exception>
    public static IModelDialect For(string name) => TryFor(name) ?? throw DataFlowErrors.UnknownModelDialect(name);

    /// <summary>The dialect named <paramref name="name"/>, or null when there is none.</summary>
    public static IModelDialect? TryFor(string name) => name.ToLowerInvariant() switch
    {
        "sqlite" => Sqlite,
        "postgresql" or "postgres" or "pg" => Postgres,
        _ => null,
    };
}
