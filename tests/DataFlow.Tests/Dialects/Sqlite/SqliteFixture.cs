using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

/// <summary>Loads a real-world schema from the shared fixtures folder into a test database, on our engine.</summary>
internal static class SqliteFixture
{
    /// <summary>The fixtures that have a SQLite schema.</summary>
    public static readonly string[] Names = ["chinook", "northwind", "sakila", "synapse"];

    /// <summary>Runs <c>&lt;fixture&gt;/sqlite/schema.sql</c>, then <c>data.sql</c> when the fixture has one.</summary>
    /// <returns>True when data was loaded.</returns>
    public static bool Load(SqliteDatabase db, string fixture)
    {
        var folder = Path.Combine(RepositoryPaths.Fixtures, fixture, "sqlite");
        db.ExecuteScript(File.ReadAllText(Path.Combine(folder, "schema.sql")));
        var data = Path.Combine(folder, "data.sql");
        if (!File.Exists(data))
        {
            return false;
        }

        db.ExecuteScript(File.ReadAllText(data));
        return true;
    }
}
