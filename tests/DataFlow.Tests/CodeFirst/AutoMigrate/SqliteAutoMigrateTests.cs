using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.CodeFirst.AutoMigrate;

/// <summary>The auto-migration spec on a SQLite file; DDL is counted with <c>PRAGMA schema_version</c>.</summary>
public sealed class SqliteAutoMigrateTests : AutoMigrateSpec, IDisposable
{
    private readonly SqliteDatabase _database = new();

    public SqliteAutoMigrateTests() => _database.Execute("CREATE TABLE IF NOT EXISTS keep_file (x INTEGER); DROP TABLE keep_file;");

    protected override string Url => _database.Url;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    [Fact]
    public async Task A_scaffolded_class_matches_its_table_with_no_change()
    {
        _database.Execute(ScaffoldedSqliteTable + "; INSERT INTO customers (email, name, balance) VALUES ('ada@example.com', 'Ada', 12.5);");
        var ddl = await DdlCountAsync();
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = Url });
        db.Model<Customer>();
        var result = await db.MigrateAsync();
        Assert.Empty(result.AppliedStatements);
        Assert.Empty(result.PendingChanges);
        var ada = Assert.Single(await db.Express.For<Customer>().ListAsync());
        Assert.Equal(("ada@example.com", "Ada", true, 12.5m), (ada.Email, ada.Name, ada.Active, ada.Balance));
        Assert.Equal(ddl, await DdlCountAsync());
    }

    protected override Task<long> DdlCountAsync() => Task.FromResult(_database.Scalar<long>("PRAGMA schema_version"));

    protected override Task<long> ScalarAsync(string sql) => Task.FromResult(_database.Scalar<long>(sql));

    protected override Task<IReadOnlyList<string>> ColumnsAsync(string table)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.FilePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return Task.FromResult<IReadOnlyList<string>>(names);
    }
}
