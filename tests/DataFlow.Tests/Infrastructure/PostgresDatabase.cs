using Npgsql;

namespace DataFlow.Tests.Infrastructure;

/// <summary>
/// A fresh, empty PostgreSQL database for one test class (use as an xunit class fixture), dropped afterwards.
/// Each instance has its own database, so test classes run in parallel without seeing each other.
/// </summary>
public class PostgresDatabase : IAsyncLifetime
{
    /// <summary>The database name (<c>dft_</c> + random).</summary>
    public string Name { get; } = "dft_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>A superuser URL to this database.</summary>
    public string Url => PostgresServer.UrlFor(Name);

    /// <summary>An Npgsql connection string to this database.</summary>
    public string ConnectionString => PostgresServer.ConnectionStringFor(Name);

    public virtual async Task InitializeAsync()
    {
        await using var admin = new NpgsqlConnection(PostgresServer.ConnectionStringFor("postgres"));
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\" TEMPLATE template0 ENCODING 'UTF8'", admin);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>Runs SQL (several statements allowed) in this database.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a scalar query in this database.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public virtual async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer.ConnectionStringFor("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
