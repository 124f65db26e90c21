using System.Text;
using DataFlow.Connections;
using DataFlow.Dialects.Sqlite;
using DataFlow.Discovery;
using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteStatementCountTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Statement_count_does_not_grow_with_the_table_count()
    {
        var (few, fewSchema) = await TraceDiscoveryAsync(5);
        var (many, manySchema) = await TraceDiscoveryAsync(60);

        output.WriteLine($"5 tables: {few.Statements.Count} statements ({few.NestedStatements} nested); 60 tables: {many.Statements.Count} ({many.NestedStatements} nested)");
        output.WriteLine(string.Join("\n---\n", many.Statements));
        Assert.Equal(5, fewSchema.Tables.Count(t => t.Name.StartsWith("t_", StringComparison.Ordinal)));
        Assert.Equal(60, manySchema.Tables.Count(t => t.Name.StartsWith("t_", StringComparison.Ordinal)));
        Assert.Equal(60, manySchema.Views.Count);
        Assert.Equal(few.Statements, many.Statements);

        // BEGIN, sqlite_master, the view columns, ROLLBACK: every table's rows come from its CREATE statements.
        Assert.Equal(4, many.Statements.Count);
        Assert.StartsWith("BEGIN", many.Statements[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pragma_table_xinfo", many.Statements[2], StringComparison.Ordinal);
        Assert.StartsWith("ROLLBACK", many.Statements[^1], StringComparison.OrdinalIgnoreCase);
        Assert.True(many.NestedStatements > few.NestedStatements, "the engine's own nested pragma statements do grow, and are counted apart");
    }

    [Fact]
    public async Task Tables_read_from_the_pragmas_cost_three_statements_whatever_their_number()
    {
        // A no-break space before a type makes SQLite read it as part of a name, which the DDL readers leave to the pragmas.
        var (few, fewSchema) = await TraceDiscoveryAsync(5, unreadableTables: 1);
        var (many, manySchema) = await TraceDiscoveryAsync(60, unreadableTables: 20);

        output.WriteLine(string.Join("\n---\n", many.Statements));
        Assert.Equal(few.Statements, many.Statements);
        Assert.Equal(7, many.Statements.Count);
        Assert.All(many.Statements[3..6], s => Assert.Contains("json_each($tables)", s, StringComparison.Ordinal));
        Assert.Equal("\u00A0INT", fewSchema.Table("odd_0").Column("b").RawType);
        Assert.Equal(20, manySchema.Tables.Count(t => t.Name.StartsWith("odd_", StringComparison.Ordinal)));
    }

    private static async Task<(SqliteStatementTrace Trace, DatabaseSchema Schema)> TraceDiscoveryAsync(int tables, int unreadableTables = 0)
    {
        using var db = new SqliteDatabase();
        db.Execute(CreateTables(tables) + CreateUnreadableTables(unreadableTables));
        var dialect = new SqliteDialect();
        var target = DatabaseUrl.Parse(db.Url);
        await using var connection = (SqliteConnection)await dialect.OpenConnectionAsync(target, ConnectionSettings.Default, mustExist: true);
        using var trace = SqliteStatementTrace.Attach(connection);
        var schema = await dialect.ReadSchemaAsync(connection, target, SchemaDiscoveryOptions.Default);
        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
        return (trace, schema);
    }

    private static string CreateTables(int count)
    {
        var sql = new StringBuilder("CREATE TABLE root (id INTEGER PRIMARY KEY, code TEXT UNIQUE);\n");
        for (var i = 0; i < count; i++)
        {
            sql.AppendLine($"""
                CREATE TABLE t_{i} (id INTEGER PRIMARY KEY, root_id INTEGER REFERENCES root (id), name TEXT NOT NULL CHECK (name <> ''), n INT UNIQUE);
                CREATE INDEX ix_{i} ON t_{i} (root_id, lower(name)) WHERE n > 0;
                CREATE VIEW v_{i} AS SELECT id, name FROM t_{i};
                """);
        }

        return sql.ToString();
    }

    private static string CreateUnreadableTables(int count)
    {
        var sql = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sql.AppendLine($"CREATE TABLE odd_{i} (a INTEGER PRIMARY KEY, b \u00A0INT REFERENCES root, c TEXT UNIQUE);");
        }

        return sql.ToString();
    }
}
