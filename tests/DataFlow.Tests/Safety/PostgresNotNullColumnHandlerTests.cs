using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Safety;

public sealed class PostgresNotNullColumnHandlerTests(PostgresDatabase database) : NotNullColumnHandlerSpec, IClassFixture<PostgresDatabase>
{
    protected override string Url => database.Url;

    protected override bool IsPostgres => true;

    protected override Task ExecuteAsync(string sql) => database.ExecuteAsync(sql);

    protected override Task<object?> ScalarAsync(string sql) => PostgresScalar.ReadAsync(database, sql);
}
