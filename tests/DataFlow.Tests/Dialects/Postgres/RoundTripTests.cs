using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Postgres;

/// <summary>
/// Counts what discovery sends to the server, independently of DataFlow's code, through Npgsql's own
/// tracing: in Npgsql 10 the ActivitySource <c>Npgsql</c> starts one activity per command or batch
/// executed (tagged <c>db.query.text</c>) and one <c>CONNECT</c> activity per physical connection opened.
/// </summary>
public sealed class RoundTripTests : IAsyncLifetime
{
    private readonly PostgresDatabase _small = new();
    private readonly PostgresDatabase _large = new();

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_small.InitializeAsync(), _large.InitializeAsync());
        await Task.WhenAll(_small.ExecuteAsync(SchemaWithTables(5)), _large.ExecuteAsync(SchemaWithTables(60)));
    }

    public async Task DisposeAsync() => await Task.WhenAll(_small.DisposeAsync(), _large.DisposeAsync());

    [Fact]
    public async Task Round_trips_do_not_grow_with_the_table_count()
    {
        var (smallTables, smallCommands, smallConnects) = await DiscoverCountingAsync(_small.Url);
        var (largeTables, largeCommands, largeConnects) = await DiscoverCountingAsync(_large.Url);

        Assert.Equal(5, smallTables);
        Assert.Equal(60, largeTables);
        Assert.Equal(smallCommands, largeCommands);

        // Two sessions sharing one snapshot: the exporting batch, the snapshot import, the importing batch and
        // the exporter's COMMIT. Preparing the batches is not a command (and costs no round trip once prepared).
        Assert.Equal(4, largeCommands);
        Assert.Equal(smallConnects, largeConnects);
    }

    [Fact]
    public async Task A_pool_of_one_connection_is_read_in_one_session_with_the_same_result()
    {
        var onePool = _large.ConnectionString + ";Pooling=true;Maximum Pool Size=1";
        var (tables, commands, connects) = await DiscoverCountingAsync(onePool);

        Assert.Equal(60, tables);
        Assert.Equal(1, commands);
        Assert.Equal(1, connects);
        await using var twoSessions = new DataFlowDb(_large.Url);
        await using var oneSession = new DataFlowDb(onePool);
        Assert.Equal(await twoSessions.DiscoverSchemaAsync(), await oneSession.DiscoverSchemaAsync());
    }

    private static async Task<(int Tables, int Commands, int Connects)> DiscoverCountingAsync(string url)
    {
        using var source = new ActivitySource("DataFlow.Tests.RoundTrips");
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql" || s.Name == source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);

        int tables;
        ActivityTraceId trace;
        using (var root = source.StartActivity("discover") ?? throw new InvalidOperationException("The test activity was not sampled"))
        {
            trace = root.TraceId;
            await using var dataFlow = new DataFlowDb(url);
            tables = (await dataFlow.DiscoverSchemaAsync()).Tables.Count;
        }

        // Other test classes run in parallel: only activities under this discovery's trace count.
        var ours = stopped.Where(a => a.Source.Name == "Npgsql" && a.TraceId == trace).ToList();
        var commands = ours.Count(a => a.GetTagItem("db.query.text") is not null);
        var connects = ours.Count(a => a.OperationName.StartsWith("CONNECT", StringComparison.Ordinal));
        Assert.Equal(ours.Count, commands + connects);
        return (tables, commands, connects);
    }

    /// <summary><paramref name="count"/> tables, each with a foreign key to the previous one, an index, a check and comments, plus a view and an enum.</summary>
    private static string SchemaWithTables(int count)
    {
        var sql = new StringBuilder("CREATE TYPE state AS ENUM ('a', 'b');\n");
        for (var i = 1; i <= count; i++)
        {
            var reference = i > 1 ? $", parent_id integer REFERENCES t{i - 1} (id)" : string.Empty;
            sql.Append($"CREATE TABLE t{i} (id serial PRIMARY KEY, name text NOT NULL CHECK (name <> ''), s state{reference});\n");
            sql.Append($"CREATE INDEX t{i}_name ON t{i} (lower(name));\n");
            sql.Append($"COMMENT ON TABLE t{i} IS 'table {i}'; COMMENT ON COLUMN t{i}.name IS 'name {i}';\n");
            sql.Append($"CREATE VIEW v{i} AS SELECT id, name FROM t{i};\n");
        }

        return sql.ToString();
    }
}
