using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.CodeFirst.AutoMigrate;

/// <summary>The auto-migration spec on PostgreSQL; an event trigger counts every DDL command the server starts.</summary>
public sealed class PostgresAutoMigrateTests : AutoMigrateSpec, IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    protected override string Url => _database.Url;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.ExecuteAsync("""
            CREATE TABLE ddl_log (id bigserial PRIMARY KEY, tag text NOT NULL);
            CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS
              $$ BEGIN INSERT INTO ddl_log (tag) VALUES (tg_tag); END $$;
            CREATE EVENT TRIGGER count_ddl ON ddl_command_start EXECUTE FUNCTION log_ddl();
            """);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    protected override Task<long> DdlCountAsync() => _database.ScalarAsync<long>("SELECT count(*) FROM ddl_log");

    protected override async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await _database.ScalarAsync<object>(sql), System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task<IReadOnlyList<string>> ColumnsAsync(string table)
    {
        var names = await _database.ScalarAsync<string?>($"SELECT string_agg(column_name, ',') FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'");
        return string.IsNullOrEmpty(names) ? [] : names.Split(',');
    }
}
