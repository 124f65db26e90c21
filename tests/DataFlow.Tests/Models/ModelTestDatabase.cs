namespace DataFlow.Tests.Models;

/// <summary>
/// One database of the model tests: its URL, a way to run SQL, and the DDL of the shared test tables in its dialect.
/// Tables: users (identity key, defaults, a generated column, a unique email), order_items (composite key),
/// products (text key named sku), logs (no primary key), and a table and column whose names try SQL injection.
/// </summary>
public interface IModelTestDatabase
{
    /// <summary>The database URL.</summary>
    string Url { get; }

    /// <summary>True for PostgreSQL.</summary>
    bool IsPostgres { get; }

    /// <summary>Runs SQL (several statements).</summary>
    Task ExecuteAsync(string sql);

    /// <summary>Runs a scalar query.</summary>
    Task<long> CountAsync(string sql);
}
