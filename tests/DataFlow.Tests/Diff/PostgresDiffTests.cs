using System.Text.Json;
using DataFlow.Diff;
using DataFlow.Tests.Cli;
using DataFlow.Tests.Dialects.Postgres;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Diff;

/// <summary>Discover a PostgreSQL database, change it with SQL, rediscover, diff: exactly the expected changes.</summary>
public class PostgresDiffTests : PostgresDatabase
{
    [Fact]
    public async Task Altering_columns_indexes_enums_and_comments_are_exactly_the_changes_found()
    {
        await ExecuteAsync("""
            CREATE TYPE mood AS ENUM ('sad', 'ok');
            CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200) NOT NULL, name text, feeling mood);
            CREATE INDEX ix_users_name ON users (name);
            CREATE VIEW user_ids AS SELECT id FROM users;
            """);
        var before = await Discover.UrlAsync(Url);

        await ExecuteAsync("""
            ALTER TABLE users ADD COLUMN age integer;
            ALTER TABLE users ALTER COLUMN email TYPE varchar(50);
            ALTER TABLE users ALTER COLUMN name SET NOT NULL;
            DROP INDEX ix_users_name;
            ALTER TYPE mood ADD VALUE 'happy';
            COMMENT ON TABLE users IS 'people';
            """);
        var after = await Discover.UrlAsync(Url);

        Assert.Equal(
            [
                "Column Added public.users.age",
                "Column Changed public.users.email type !",
                "Column Changed public.users.name nullable !",
                "Index Removed public.users.ix_users_name",
                "Enum Changed public.mood values added",
                "Comment Changed public.users comment",
            ],
            SchemaDiffer.Compare(before, after).Lines());
    }

    [Fact]
    public async Task Pagila_compared_with_a_fresh_discovery_of_itself_has_no_changes()
    {
        await PostgresFixtures.LoadAsync("pagila", Url);

        var first = await Discover.UrlAsync(Url);
        var second = await Discover.UrlAsync(Url);

        Assert.NotEmpty(first.Tables);
        Assert.Empty(SchemaDiffer.Compare(first, second).Changes);
    }

    [Fact]
    public async Task Check_through_the_cli_exits_0_in_sync_then_2_with_json_after_a_column_is_added()
    {
        using var folder = new TempFolder();
        await ExecuteAsync("CREATE TABLE items (id bigint PRIMARY KEY, label text NOT NULL);");
        var snapshot = folder.File("schema.json");
        Assert.Equal(0, (await CliRun.PublicAsync("discover", "--url", Url, "--out", snapshot)).ExitCode);

        var inSync = await CliRun.PublicAsync("check", "--url", Url, "--snapshot", snapshot);
        await ExecuteAsync("ALTER TABLE items ADD COLUMN price numeric(10,2);");
        var drift = await CliRun.PublicAsync("check", "--url", Url, "--snapshot", snapshot, "--json");

        Assert.True(inSync.ExitCode == 0, inSync.AllOutput);
        Assert.Contains("In sync", inSync.Out, StringComparison.Ordinal);
        Assert.True(drift.ExitCode == 2, drift.AllOutput);
        using var json = JsonDocument.Parse(drift.Out);
        var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal(("added", "public.items.price"), (change.GetProperty("action").GetString(), change.GetProperty("path").GetString()));
        Assert.DoesNotContain(Url.Split('@')[0], drift.Out, StringComparison.Ordinal);
    }
}
