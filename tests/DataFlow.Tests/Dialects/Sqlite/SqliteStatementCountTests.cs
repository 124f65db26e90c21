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
        Assert.Equal(7, many.Statements.Count);
        Assert.StartsWith("BEGIN", many.Statements[0], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("ROLLBACK", many.Statements[^1], StringComparison.OrdinalIgnoreCase);
        Assert.True(many.NestedStatements > few.NestedStatements, "the engine's own nested pragma statements do grow, and are counted apart");
    }

    private static async Task<(SqliteStatementTrace Trace, DatabaseSchema Schema)> TraceDiscoveryAsync(int tables)
    {
        using var db = new SqliteDatabase();
        db.Execute(CreateTables(tables));
        var dialect = new SqliteDialect();
        var target = DatabaseUrl.Parse(db.Url);
        await using var connection = (SqliteConnection)await dialect.OpenConnectionAsync(target, ConnectionSettings.Default, mustExist: true);
        using var trace = SqliteStatementTrace.Attach(connection);
        var schema = await dialect.ReadSchemaAsync(connection, target, SchemaDiscoveryOptions.Default);
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
}
