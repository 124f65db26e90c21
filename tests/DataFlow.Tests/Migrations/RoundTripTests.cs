using DataFlow.Diff;
using DataFlow.Migrations.Planning;
using DataFlow.Tests.Dialects.Postgres;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Diff;
using DataFlow.Tests.Infrastructure;
using DataFlow.Tests.Models;

namespace DataFlow.Tests.Migrations;

/// <summary>
/// The round trip of every fixture, DB → models → DB: discover → scaffold C# models → read the models back with Roslyn →
/// plan from an empty database to the models → apply through the executor → discover again → the diff against the
/// original finds nothing (apart from the documented exceptions, see <see cref="RoundTripSchemas"/>).
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> PostgresFixtureNames => new(PostgresFixtures.Names);

    public static TheoryData<string> SqliteFixtureNames => new(SqliteFixture.Names);

    [Theory]
    [MemberData(nameof(SqliteFixtureNames))]
    public async Task Sqlite_fixture_planned_into_an_empty_database_discovers_as_the_original(string fixture)
    {
        using var source = new SqliteDatabase();
        SqliteFixture.Load(source, fixture);
        var original = await source.DiscoverAsync();
        using var target = new SqliteDatabase();
        target.Execute("PRAGMA user_version = 0");
        var empty = await target.DiscoverAsync();

        var plan = MigrationPlanner.Plan(empty, ScaffoldedModels.ReadBack(original));
        await PlanApplier.ApplyAsync(target.Url, plan);
        var result = await target.DiscoverAsync();

        Assert.DoesNotContain(plan.Steps, s => !s.IsEnabled);
        Assert.Empty(SchemaDiffer.Compare(original, result).Lines());
    }

    [Fact]
    public async Task Sqlite_table_features_round_trip()
    {
        using var source = new SqliteDatabase();
        source.ExecuteScript("""
            CREATE TABLE kinds (code TEXT PRIMARY KEY, label TEXT COLLATE NOCASE UNIQUE) WITHOUT ROWID;
            CREATE TABLE items (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL DEFAULT 'misc' REFERENCES kinds (code) ON DELETE CASCADE,
                price REAL CHECK (price >= 0),
                name TEXT NOT NULL,
                upper_name TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL,
                CONSTRAINT one_name UNIQUE (kind, name));
            CREATE TABLE strict_t (a INTEGER NOT NULL, b TEXT) STRICT;
            CREATE INDEX items_price ON items (price DESC) WHERE price IS NOT NULL;
            CREATE INDEX items_lower ON items (lower(name));
            CREATE VIEW cheap AS SELECT id, name FROM items WHERE price < 10;
            CREATE VIEW cheap_names AS SELECT name FROM cheap;
            """);
        var original = await source.DiscoverAsync();
        using var target = new SqliteDatabase();
        target.Execute("PRAGMA user_version = 0");

        var plan = MigrationPlanner.Plan(await target.DiscoverAsync(), original);
        await PlanApplier.ApplyAsync(target.Url, plan);

        var diff = SchemaDiffer.Compare(original, await target.DiscoverAsync());
        Assert.True(diff.Changes.IsEmpty, string.Join("\n", diff.Changes.Select(c => c.Path + " | " + c.Before + " | " + c.After)) + "\n" + string.Join("\n", plan.EnabledStatements()));
    }

    [Fact]
    public async Task Postgres_table_features_round_trip()
    {
        var source = new PostgresDatabase();
        var target = new PostgresDatabase();
        await Task.WhenAll(source.InitializeAsync(), target.InitializeAsync());
        try
        {
            await source.ExecuteAsync("""
                CREATE SCHEMA shop;
                CREATE TYPE shop.state AS ENUM ('new', 'paid');
                CREATE DOMAIN shop.money_amount AS numeric(12,2) DEFAULT 0 NOT NULL CHECK (VALUE >= 0);
                CREATE SEQUENCE shop.invoice_no AS integer START WITH 1000 INCREMENT BY 5 CACHE 10;
                CREATE TABLE shop.customers (
                    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 50 INCREMENT BY 2) PRIMARY KEY,
                    email text COLLATE "C" NOT NULL,
                    nick varchar(30) UNIQUE NULLS NOT DISTINCT,
                    tags text[] DEFAULT '{}',
                    email_lower text GENERATED ALWAYS AS (lower(email)) STORED);
                CREATE TABLE shop.orders (
                    id serial PRIMARY KEY,
                    customer_id bigint NOT NULL,
                    state shop.state NOT NULL DEFAULT 'new',
                    total shop.money_amount,
                    invoice integer DEFAULT nextval('shop.invoice_no'),
                    placed timestamptz(3) NOT NULL DEFAULT now(),
                    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES shop.customers (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);
                ALTER SEQUENCE shop.invoice_no OWNED BY shop.orders.invoice;
                ALTER TABLE shop.orders ADD CONSTRAINT total_small CHECK (total < 1000000) NOT VALID;
                CREATE UNLOGGED TABLE shop.scratch (k text PRIMARY KEY, v jsonb);
                ALTER TABLE shop.scratch ENABLE ROW LEVEL SECURITY;
                CREATE INDEX orders_open ON shop.orders (placed DESC NULLS LAST) INCLUDE (total) WHERE state = 'new';
                CREATE INDEX customers_email ON shop.customers (email text_pattern_ops);
                CREATE INDEX customers_tags ON shop.customers USING gin (tags);
                CREATE MATERIALIZED VIEW shop.totals AS SELECT customer_id, sum(total) AS total FROM shop.orders GROUP BY customer_id;
                CREATE UNIQUE INDEX totals_customer ON shop.totals (customer_id);
                CREATE VIEW shop.big_totals AS SELECT * FROM shop.totals WHERE total > 100;
                COMMENT ON TABLE shop.orders IS 'what customers bought';
                COMMENT ON COLUMN shop.orders.state IS 'workflow state';
                COMMENT ON TYPE shop.state IS 'order states';
                COMMENT ON DOMAIN shop.money_amount IS 'never negative';
                COMMENT ON MATERIALIZED VIEW shop.totals IS 'per customer';
                COMMENT ON VIEW shop.big_totals IS 'over 100';
                """);
            var original = await Discover.UrlAsync(source.Url);

            var plan = MigrationPlanner.Plan(await Discover.UrlAsync(target.Url), original);
            await PlanApplier.ApplyAsync(target.Url, plan);

            var diff = SchemaDiffer.Compare(original, await Discover.UrlAsync(target.Url));
            Assert.True(diff.Changes.IsEmpty, string.Join("\n", diff.Changes.Select(c => c.Path + " | " + c.Before + " | " + c.After)));
        }
        finally
        {
            await Task.WhenAll(source.DisposeAsync(), target.DisposeAsync());
        }
    }

    [Theory]
    [MemberData(nameof(PostgresFixtureNames))]
    public async Task Postgres_fixture_planned_into_an_empty_database_discovers_as_the_original(string fixture)
    {
        var source = new PostgresDatabase();
        var target = new PostgresDatabase();
        await Task.WhenAll(source.InitializeAsync(), target.InitializeAsync());
        try
        {
            await PostgresFixtures.LoadAsync(fixture, source.Url);
            var discovered = await Discover.UrlAsync(source.Url);
            var original = RoundTripSchemas.WithoutFunctionUsers(discovered);
            var models = RoundTripSchemas.WithoutFunctionUsers(ScaffoldedModels.ReadBack(discovered) with { Warnings = discovered.Warnings });
            foreach (var extension in RoundTripSchemas.Extensions(original))
            {
                await target.ExecuteAsync($"CREATE EXTENSION IF NOT EXISTS \"{extension}\"");
            }

            var empty = await Discover.UrlAsync(target.Url);

            var plan = MigrationPlanner.Plan(empty, models with { Warnings = original.Warnings });
            await PlanApplier.ApplyAsync(target.Url, plan);
            var result = await Discover.UrlAsync(target.Url);

            Assert.DoesNotContain(plan.Steps, s => !s.IsEnabled);
            var diff = DataFlow.Diff.SchemaDiffer.Compare(original, result);
            Assert.True(RoundTripSchemas.Differences(original, result).Length == 0, string.Join("\n", diff.Changes.Select(c => c.Path + " | " + c.Before + " | " + c.After)));
        }
        finally
        {
            await Task.WhenAll(source.DisposeAsync(), target.DisposeAsync());
        }
    }
}
