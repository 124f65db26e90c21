using DataFlow.Discovery;
using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Dialects.Sqlite;

/// <summary>Shortcuts for the create SQL → discover → assert shape of the SQLite discovery tests.</summary>
internal static class SqliteDiscovery
{
    /// <summary>Discovers the database through the public entry point.</summary>
    public static async Task<DatabaseSchema> DiscoverAsync(this SqliteDatabase db, SchemaDiscoveryOptions? options = null)
    {
        await using var dataFlow = new DataFlowDb(new DataFlowOptions { DatabaseUrl = db.Url });
        return await dataFlow.DiscoverSchemaAsync(options);
    }

    /// <summary>Creates the objects in <paramref name="sql"/> and discovers them.</summary>
    public static Task<DatabaseSchema> CreateAndDiscoverAsync(this SqliteDatabase db, string sql)
    {
        db.Execute(sql);
        return db.DiscoverAsync();
    }

    /// <summary>The table named <paramref name="name"/>; fails the test when it is missing.</summary>
    public static Table Table(this DatabaseSchema schema, string name) =>
        schema.FindTable(name) ?? throw new Xunit.Sdk.XunitException($"Table '{name}' not discovered; found: {string.Join(", ", schema.Tables.Select(t => t.Name))}");

    /// <summary>The column named <paramref name="name"/>; fails the test when it is missing.</summary>
    public static Column Column(this Table table, string name) =>
        table.FindColumn(name) ?? throw new Xunit.Sdk.XunitException($"Column '{name}' not in '{table.Name}'; found: {string.Join(", ", table.Columns.Select(c => c.Name))}");

    /// <summary>The index named <paramref name="name"/>; fails the test when it is missing.</summary>
    public static TableIndex Index(this Table table, string name) => Assert.Single(table.Indexes, i => i.Name == name);

    /// <summary>Runs a script of many statements (a fixture) in one transaction, on our engine.</summary>
    public static void ExecuteScript(this SqliteDatabase db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db.FilePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = OFF; BEGIN;\n" + sql + "\n;COMMIT;";
        command.ExecuteNonQuery();
    }
}
