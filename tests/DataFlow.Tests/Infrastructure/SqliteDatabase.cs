using DataFlow.Dialects.Sqlite;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Infrastructure;

/// <summary>A SQLite database file in a temporary folder, deleted on dispose.</summary>
public sealed class SqliteDatabase : IDisposable
{
    public SqliteDatabase()
    {
        SqliteEngine.EnsureInitialized();
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The folder holding the file.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "dataflow-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The absolute file path.</summary>
    public string FilePath => Path.Combine(Folder, "test.db");

    /// <summary>The sqlite:////absolute URL of the file.</summary>
    public string Url => "sqlite:///" + FilePath;

    /// <summary>Runs SQL (several statements allowed), creating the file if needed.</summary>
    public void Execute(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a scalar query.</summary>
    public T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
