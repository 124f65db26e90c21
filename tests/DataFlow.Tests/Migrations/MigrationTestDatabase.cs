using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DataFlow.Tests.Migrations;

/// <summary>A database for the migration tests, with a folder for its migration files.</summary>
public interface IMigrationTestDatabase : IDisposable
{
    /// <summary>The database URL.</summary>
    string Url { get; }

    /// <summary>True for PostgreSQL.</summary>
    bool IsPostgres { get; }

    /// <summary>The folder of NNN_name.sql files (created empty).</summary>
    string Folder { get; }

    /// <summary>Runs SQL (several statements).</summary>
    Task ExecuteAsync(string sql);

    /// <summary>Runs a scalar query and returns its value as a string (null for SQL NULL or no row).</summary>
    Task<string?> ScalarAsync(string sql);

    /// <summary>True when the table exists.</summary>
    Task<bool> TableExistsAsync(string table);

    /// <summary>The first column of every row of a query, as strings.</summary>
    Task<IReadOnlyList<string?>> ColumnAsync(string sql);
}

/// <summary>An empty SQLite file.</summary>
public sealed class SqliteMigrationDatabase : IMigrationTestDatabase
{
    private readonly SqliteDatabase _file = new();

    public SqliteMigrationDatabase()
    {
        _file.Execute("PRAGMA user_version = 0");
        Directory.CreateDirectory(Folder);
    }

    public string Url => _file.Url;

    public bool IsPostgres => false;

    public string FilePath => _file.FilePath;

    public string Folder => Path.Combine(_file.Folder, "db_migrations");

    public Task ExecuteAsync(string sql)
    {
        _file.Execute(sql);
        return Task.CompletedTask;
    }

    public Task<string?> ScalarAsync(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file.FilePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Task.FromResult(command.ExecuteScalar() is { } value and not DBNull ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    public async Task<bool> TableExistsAsync(string table) =>
        await ScalarAsync($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'") == "1";

    public Task<IReadOnlyList<string?>> ColumnAsync(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file.FilePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string?>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? null : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return Task.FromResult<IReadOnlyList<string?>>(values);
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>A fresh PostgreSQL database (call <see cref="InitializeAsync"/>), dropped on <see cref="DisposeAsync"/>.</summary>
public sealed class PostgresMigrationDatabase : IMigrationTestDatabase
{
    private readonly PostgresDatabase _database = new();

    public PostgresMigrationDatabase() => Directory.CreateDirectory(Folder);

    public string Url => _database.Url;

    public bool IsPostgres => true;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "dataflow-tests", Guid.NewGuid().ToString("N"), "db_migrations");

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    public Task ExecuteAsync(string sql) => _database.ExecuteAsync(sql);

    public async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public async Task<bool> TableExistsAsync(string table) =>
        await ScalarAsync($"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = '{table}'") == "1";

    public async Task<IReadOnlyList<string?>> ColumnAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string?>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? null : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return values;
    }

    public void Dispose()
    {
        var root = Path.GetDirectoryName(Folder)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
