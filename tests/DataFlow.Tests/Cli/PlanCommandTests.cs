using System.Text.Json;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Cli;

/// <summary><c>dataflow plan</c>: a migration file (static, or with data facts from --url) and a diff, --fail-at, --json.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private const string Script = """
        -- 003_contact_rules.sql
        ALTER TABLE users ADD COLUMN phone varchar(20);
        ALTER TABLE users ALTER COLUMN email SET NOT NULL;
        CREATE UNIQUE INDEX ix_users_email ON users (email);
        ALTER TABLE "users" DROP COLUMN score;
        DROP TABLE old_audit;
        VACUUM;
        """;

    private readonly TempFolder _folder = new();
    private readonly SqliteDatabase _database = new();

    public PlanCommandTests()
    {
        _database.Execute("""
            CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email varchar(100), score integer);
            INSERT INTO users VALUES (1, 'ada', 'a@x', 1), (2, 'bob', 'b@x', 2), (3, 'cy', NULL, 3), (4, 'di', 'b@x', 4);
            CREATE TABLE old_audit (id integer PRIMARY KEY); INSERT INTO old_audit VALUES (1), (2);
            """);
        File.WriteAllText(_folder.File("003_contact_rules.sql"), Script);
    }

    private string ScriptPath => _folder.File("003_contact_rules.sql");

    [Fact]
    public async Task A_file_without_a_database_gets_the_static_rules_and_unknown_statements_are_listed_as_not_assessed()
    {
        var result = await CliRun.RunAsync("plan", "--file", ScriptPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("LOW      ALTER TABLE users ADD COLUMN phone varchar(20)", result.Out, StringComparison.Ordinal);
        Assert.Contains("HIGH     ALTER TABLE users ALTER COLUMN email SET NOT NULL", result.Out, StringComparison.Ordinal);
        Assert.Contains("not_null_on_column [HIGH", result.Out, StringComparison.Ordinal);
        Assert.Contains("index_without_concurrently", result.Out, StringComparison.Ordinal);
        Assert.Contains("CRITICAL ALTER TABLE \"users\" DROP COLUMN score", result.Out, StringComparison.Ordinal);
        Assert.Contains("drop_table", result.Out, StringComparison.Ordinal);
        Assert.Contains("VACUUM  (not assessed", result.Out, StringComparison.Ordinal);
        Assert.Contains("Highest risk: CRITICAL", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_at_exits_2_at_or_above_the_level_and_0_below_it()
    {
        await File.WriteAllTextAsync(_folder.File("safe.sql"), "ALTER TABLE users ADD COLUMN phone varchar(20);\nCREATE INDEX CONCURRENTLY ix_users_name ON users (name);");

        var failing = await CliRun.RunAsync("plan", "--file", ScriptPath, "--fail-at", "HIGH");
        var passing = await CliRun.RunAsync("plan", "--file", _folder.File("safe.sql"), "--fail-at", "medium");
        var bad = await CliRun.RunAsync("plan", "--file", ScriptPath, "--fail-at", "SEVERE");

        Assert.Equal(2, failing.ExitCode);
        Assert.Equal(0, passing.ExitCode);
        Assert.Contains("Highest risk: LOW", passing.Out, StringComparison.Ordinal);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains(ErrorCodes.RiskLevelName, bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_a_database_gets_data_facts_as_json()
    {
        var result = await CliRun.RunAsync("plan", "--file", ScriptPath, "--url", _database.Url, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        long Fact(int item, string name) => items[item].GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("name").GetString() == name).GetProperty("value").GetInt64();
        Assert.Equal("CRITICAL", json.RootElement.GetProperty("risk").GetString());
        Assert.Equal(6, items.Count);
        Assert.Equal(4, Fact(0, "row_count"));
        Assert.Equal(1, Fact(1, "null_count"));
        Assert.Equal(1, Fact(2, "duplicate_count"));
        Assert.Equal(4, Fact(3, "non_null_count"));
        Assert.Equal(2, Fact(4, "row_count"));
        Assert.False(items[5].GetProperty("assessed").GetBoolean());
        Assert.Equal("unique_added", items[2].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).Last());
        Assert.Equal(4L, _database.Scalar<long>("SELECT COUNT(*) FROM users"));
        Assert.Equal(4L, _database.Scalar<long>("SELECT COUNT(*) FROM pragma_table_info('users')"));
    }

    [Fact]
    public async Task A_diff_from_the_database_to_a_snapshot_is_assessed_per_step()
    {
        var snapshot = _folder.File("before.json");
        var discover = await CliRun.RunAsync("discover", "--url", _database.Url, "--out", snapshot);
        Assert.Equal(0, discover.ExitCode);
        _database.Execute("ALTER TABLE users ADD COLUMN nickname text");

        var result = await CliRun.RunAsync("plan", "--url", _database.Url, "--to", snapshot, "--fail-at", "CRITICAL");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("drop_column", result.Out, StringComparison.Ordinal);
        Assert.Contains("nickname", result.Out, StringComparison.Ordinal);
        Assert.Contains("Highest risk: CRITICAL", result.Out, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }
}
