using System.Data;
using DataFlow.Dialects.Postgres;
using DataFlow.Tests.Infrastructure;
using Npgsql;

namespace DataFlow.Tests.Dialects.Postgres;

/// <summary>
/// The catalog reader groups rows by object while it reads them, one run of consecutive rows at a time. The
/// catalogs return an object's rows together in practice, but that is not promised: a key that comes back later
/// must have its rows appended, in the order read.
/// </summary>
public sealed class CatalogRowGroupingTests(PostgresDatabase db) : IClassFixture<PostgresDatabase>
{
    private async Task<(Dictionary<uint, List<string>> Groups, bool NextResult)> GroupAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL jit = off"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT 'after'"));
        await using var reader = await batch.ExecuteReaderAsync(CommandBehavior.SequentialAccess);
        var groups = await PostgresCatalogReader.ReadGroupedAsync(
            reader, r => (Key: (uint)r.GetInt32(0), Value: r.GetString(1)), row => row.Key, CancellationToken.None);
        var after = await reader.ReadAsync() && reader.GetString(0) == "after";
        return (groups.ToDictionary(g => g.Key, g => g.Value.Select(row => row.Value).ToList()), after);
    }

    [Fact]
    public async Task Rows_of_a_key_that_comes_back_later_are_appended_in_the_order_read()
    {
        var (groups, after) = await GroupAsync(
            "SELECT k, v FROM (VALUES (1, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (2, 'f')) AS t(k, v) ORDER BY v");

        Assert.Equal([1u, 2u, 3u], groups.Keys.Order());
        Assert.Equal(["a", "b", "d"], groups[1]);
        Assert.Equal(["c", "f"], groups[2]);
        Assert.Equal(["e"], groups[3]);
        Assert.True(after, "the reader should stand on the next result set");
    }

    [Fact]
    public async Task An_empty_result_gives_no_groups()
    {
        var (groups, after) = await GroupAsync("SELECT 1, 'x' WHERE false");

        Assert.Empty(groups);
        Assert.True(after, "the reader should stand on the next result set");
    }
}
