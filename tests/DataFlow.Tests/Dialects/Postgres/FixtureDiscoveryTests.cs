using DataFlow.Schema;
using DataFlow.Snapshots;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Postgres;

/// <summary>
/// Loads each real-world fixture into its own database, discovers it and compares the counts with what the
/// catalogs report through the system views and information_schema (not the discovery SQL).
/// </summary>
public sealed class FixtureDiscoveryTests
{
    private const string UserSchema = "NOT IN ('pg_catalog', 'information_schema')";

    public static TheoryData<string> Fixtures => new(PostgresFixtures.Names);

    [Fact]
    public void Every_known_postgres_fixture_is_found() =>
        Assert.Superset(
            new HashSet<string>(["adventureworks", "apflora", "chinook", "listmonk", "musicbrainz", "northwind", "openstreetmap", "pagila", "synapse"]),
            new HashSet<string>(PostgresFixtures.Names));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_is_discovered_with_the_counts_the_catalogs_report(string fixture)
    {
        var db = new PostgresDatabase();
        await db.InitializeAsync();
        try
        {
            await PostgresFixtures.LoadAsync(fixture, db.Url);
            await using var dataFlow = new DataFlowDb(db.Url);
            var schema = await dataFlow.DiscoverSchemaAsync();

            Assert.NotEmpty(schema.Tables);
            Assert.Equal(await Count(db, $"SELECT count(*) FROM pg_tables WHERE schemaname {UserSchema}"), schema.Tables.Count);
            Assert.Equal(
                await Count(db, $"SELECT count(*) FROM information_schema.columns c JOIN pg_tables t ON t.schemaname = c.table_schema AND t.tablename = c.table_name WHERE t.schemaname {UserSchema}"),
                schema.Tables.Sum(t => t.Columns.Count));
            Assert.Equal(
                await Count(db, $"SELECT count(*) FROM information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY' AND table_schema {UserSchema}"),
                schema.Tables.Sum(t => t.ForeignKeys.Count));
            Assert.Equal(
                await Count(db, $"SELECT count(*) FROM information_schema.table_constraints WHERE constraint_type = 'PRIMARY KEY' AND table_schema {UserSchema}"),
                schema.Tables.Count(t => t.PrimaryKey is not null));
            Assert.Equal(
                await Count(db, $"SELECT count(*) FROM pg_constraint k JOIN pg_tables t ON k.conrelid = format('%I.%I', t.schemaname, t.tablename)::regclass WHERE k.contype = 'c' AND t.schemaname {UserSchema}"),
                schema.Tables.Sum(t => t.CheckConstraints.Count));
            Assert.Equal(
                await Count(db, NonConstraintIndexes("pg_tables", "tablename")),
                schema.Tables.Sum(t => t.Indexes.Count));
            Assert.Equal(
                await Count(db, NonConstraintIndexes("pg_matviews", "matviewname")),
                schema.Views.Sum(v => v.Indexes.Count));
            Assert.Equal(await Count(db, $"SELECT count(*) FROM pg_views WHERE schemaname {UserSchema}"), schema.Views.Count(v => !v.IsMaterialized));
            Assert.Equal(await Count(db, $"SELECT count(*) FROM pg_matviews WHERE schemaname {UserSchema}"), schema.Views.Count(v => v.IsMaterialized));
            Assert.Equal(
                await Count(db, $"SELECT count(*) FROM pg_type WHERE typtype = 'e' AND typnamespace::regnamespace::text {UserSchema}"),
                schema.Enums.Count);

            // The snapshot of a real schema survives JSON both ways.
            Assert.Equal(schema, SchemaSnapshot.FromJson(SchemaSnapshot.ToJson(schema)));
        }
        finally
        {
            await db.DisposeAsync();
        }
    }

    private static string NonConstraintIndexes(string relations, string nameColumn) => $"""
        SELECT count(*)
          FROM pg_indexes i
          JOIN {relations} r ON r.schemaname = i.schemaname AND r.{nameColumn} = i.tablename
         WHERE r.schemaname {UserSchema}
           AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                            WHERE k.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass AND k.contype IN ('p', 'u', 'x'))
        """;

    private static Task<long> Count(PostgresDatabase db, string sql) => db.ScalarAsync<long>(sql);
}
