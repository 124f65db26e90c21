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

    // The cheap check sends the table names as one text split on U+001F; a name holding it is not found there, so the
    // repeat run takes the full comparison: still no DDL, and never a wrong "up to date" from the cheap check.
    [Fact]
    public async Task A_table_name_holding_the_name_separator_is_checked_by_the_full_comparison()
    {
        await using (var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = Url }))
        {
            db.Model<OddlyNamed>();
            Assert.NotEmpty((await db.MigrateAsync()).AppliedStatements);
        }

        var ddl = await DdlCountAsync();
        await using (var again = new DataFlowDb(new DataFlowOptions { DatabaseUrl = Url }))
        {
            again.Model<OddlyNamed>();
            var result = await again.MigrateAsync();
            Assert.False(result.UpToDate);
            Assert.Empty(result.AppliedStatements);
            Assert.Empty(result.PendingChanges);
        }

        Assert.Equal(ddl, await DdlCountAsync());
    }

    protected override Task<long> DdlCountAsync() => _database.ScalarAsync<long>("SELECT count(*) FROM ddl_log");

    protected override async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await _database.ScalarAsync<object>(sql), System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task<IReadOnlyList<string>> ColumnsAsync(string table)
    {
        var names = await _database.ScalarAsync<string?>($"SELECT string_agg(column_name, ',') FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'");
        return string.IsNullOrEmpty(names) ? [] : names.Split(',');
    }
}
