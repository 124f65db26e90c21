using DataFlow.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteEngineTests
{
    [Fact]
    public void Engine_is_at_least_3_37_so_that_strict_tables_open()
    {
        using var db = new SqliteDatabase();
        var version = new Version(db.Scalar<string>("select sqlite_version()"));

        Assert.True(version >= new Version(3, 37), $"sqlite_version() is {version} (loaded from {SqliteEngine.Source})");
        Assert.Equal(version.ToString(), SqliteEngine.Version);
        Assert.StartsWith("system", SqliteEngine.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_table_can_be_created_reopened_and_enforces_types()
    {
        using var db = new SqliteDatabase();
        db.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL) STRICT; INSERT INTO t VALUES (1, 2);");

        Assert.Equal(1L, db.Scalar<long>("select count(*) from t"));
        var error = Assert.Throws<SqliteException>(() => db.Execute("INSERT INTO t VALUES (2, 'not a number')"));
        Assert.Contains("cannot store TEXT value in INTEGER column", error.Message, StringComparison.Ordinal);
    }
}
