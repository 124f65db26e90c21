using Npgsql;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class ReadTimeoutTests(ReadTimeoutTests.Database db) : IClassFixture<ReadTimeoutTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => "CREATE TABLE t (id integer); CREATE VIEW v AS SELECT id FROM t;";
    }

    [Fact]
    public async Task Catalog_reads_blocked_longer_than_the_command_timeout_fail_as_a_timeout()
    {
        // pg_get_viewdef waits for an ACCESS EXCLUSIVE lock, as a concurrent ALTER VIEW would hold it.
        await using var locker = new NpgsqlConnection(db.ConnectionString);
        await locker.OpenAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("LOCK TABLE v IN ACCESS EXCLUSIVE MODE", locker, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        await using var dataFlow = new DataFlowDb(new DataFlowOptions { DatabaseUrl = db.Url, CommandTimeout = TimeSpan.FromSeconds(1) });
        var error = await Assert.ThrowsAnyAsync<DataFlowException>(() => dataFlow.DiscoverSchemaAsync());
        Assert.Equal(ErrorCodes.Timeout, error.Code);
        Assert.DoesNotContain("dataflow@", error.Message, StringComparison.Ordinal);
        await transaction.RollbackAsync();
    }
}
