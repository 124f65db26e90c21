using DataFlow.Connections;
using DataFlow.Dialects.Postgres;
using DataFlow.Dialects.Sqlite;
using DataFlow.Migrations.Locking;

namespace DataFlow.Dialects;

/// <summary>Maps an engine to its dialect. The only place that knows the list of dialects.</summary>
internal static class DialectRegistry
{
    private static readonly IDatabaseDialect Sqlite = new SqliteDialect();
    private static readonly IDatabaseDialect Postgres = new PostgresDialect();
    private static readonly IDataDialect SqliteData = new SqliteDataDialect();
    private static readonly IDataDialect PostgresData = new PostgresDataDialect();
    private static readonly IMigrationDialect SqliteMigrations = new SqliteMigrationDialect();
    private static readonly IMigrationDialect PostgresMigrations = new PostgresMigrationDialect();

    public static IDatabaseDialect For(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => Sqlite,
        DatabaseKind.PostgreSql => Postgres,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No dialect for this engine."),
    };

    /// <summary>The data-operation dialect (quoting, parameters, SQL spellings) of an engine.</summary>
    public static IDataDialect DataFor(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => SqliteData,
        DatabaseKind.PostgreSql => PostgresData,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No dialect for this engine."),
    };

    /// <summary>The versioned-migration support (lock, journal key, script commands) of an engine.</summary>
    public static IMigrationDialect MigrationsFor(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => SqliteMigrations,
        DatabaseKind.PostgreSql => PostgresMigrations,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No dialect for this engine."),
    };
}
