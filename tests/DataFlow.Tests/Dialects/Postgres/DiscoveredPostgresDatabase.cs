using DataFlow.Discovery;
using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Postgres;

/// <summary>
/// A fresh database for one test class: <see cref="Sql"/> is run once, then the database is discovered
/// through the public API, so that every test of the class asserts on the same <see cref="Schema"/>.
/// </summary>
public abstract class DiscoveredPostgresDatabase : PostgresDatabase
{
    /// <summary>The DDL that creates the objects under test.</summary>
    protected abstract string Sql { get; }

    /// <summary>The discovered schema.</summary>
    public DatabaseSchema Schema { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ExecuteAsync(Sql);
        Schema = await DiscoverAsync();
    }

    /// <summary>Discovers this database with <see cref="DataFlowDb.DiscoverSchemaAsync"/>.</summary>
    public async Task<DatabaseSchema> DiscoverAsync(SchemaDiscoveryOptions? options = null)
    {
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = Url });
        return await db.DiscoverSchemaAsync(options);
    }

    /// <summary>The table <paramref name="qualifiedName"/> (<c>schema.name</c>); fails the test when missing.</summary>
    public Table Table(string qualifiedName) =>
        Schema.Tables.SingleOrDefault(t => t.QualifiedName == qualifiedName)
        ?? throw new Xunit.Sdk.XunitException($"Table {qualifiedName} was not discovered; found: {string.Join(", ", Schema.Tables.Select(t => t.QualifiedName))}");

    /// <summary>The column <paramref name="column"/> of table <paramref name="qualifiedTable"/>; fails the test when missing.</summary>
    public Column Column(string qualifiedTable, string column) =>
        Table(qualifiedTable).FindColumn(column) ?? throw new Xunit.Sdk.XunitException($"Column {column} of {qualifiedTable} was not discovered");

    /// <summary>The view <paramref name="qualifiedName"/>; fails the test when missing.</summary>
    public View View(string qualifiedName) =>
        Schema.Views.SingleOrDefault(v => v.QualifiedName == qualifiedName)
        ?? throw new Xunit.Sdk.XunitException($"View {qualifiedName} was not discovered");
}
