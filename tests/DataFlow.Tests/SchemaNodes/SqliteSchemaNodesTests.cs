using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.SchemaNodes;

public sealed class SqliteSchemaNodesTests : SchemaNodesSpec, IDisposable
{
    private readonly SqliteDatabase _database = new();

    protected override string Url => _database.Url;

    protected override bool IsPostgres => false;

    protected override Task ExecuteAsync(string sql)
    {
        _database.Execute(sql);
        return Task.CompletedTask;
    }

    protected override Task<object?> ScalarAsync(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _database.FilePath + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Task.FromResult(command.ExecuteScalar());
    }

    protected override string ColumnsSql(string table) => $"SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_info('{table}') ORDER BY cid)";

    protected override string IndexCountSql(string index) => $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '{index}'";

    public void Dispose() => _database.Dispose();
}
