using DataFlow.Tests.Infrastructure;
using Npgsql;

namespace DataFlow.Tests.Safety;

/// <summary>Reads one value (null when there is no row) from a SQLite file.</summary>
internal static class SqliteScalar
{
    public static object? Read(SqliteDatabase database, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + database.FilePath + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

/// <summary>Reads one value (null when there is no row) from a PostgreSQL test database.</summary>
internal static class PostgresScalar
{
    public static async Task<object?> ReadAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
