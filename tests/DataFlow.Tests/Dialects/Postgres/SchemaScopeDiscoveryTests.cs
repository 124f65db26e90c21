using DataFlow.Discovery;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class SchemaScopeDiscoveryTests(SchemaScopeDiscoveryTests.Database db) : IClassFixture<SchemaScopeDiscoveryTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE EXTENSION postgres_fdw;
            CREATE SCHEMA hr;
            CREATE SCHEMA audit;
            CREATE TABLE public.customers (id integer PRIMARY KEY);
            CREATE TABLE hr.staff (id integer PRIMARY KEY, customer_id integer REFERENCES public.customers (id));
            CREATE TYPE hr.grade AS ENUM ('junior', 'senior');
            CREATE TABLE audit.log (id bigint);
            CREATE TEMP TABLE scratch (id integer);
            """;
    }

    [Fact]
    public void All_user_schemas_are_read_by_default_and_system_schemas_never()
    {
        Assert.Equal(["audit.log", "hr.staff", "public.customers"], db.Schema.Tables.Select(t => t.QualifiedName));
        Assert.DoesNotContain(db.Schema.Tables, t => t.Schema!.StartsWith("pg_", StringComparison.Ordinal) || t.Schema == "information_schema");
    }

    [Fact]
    public async Task Schemas_option_restricts_every_object_kind()
    {
        var schema = await db.DiscoverAsync(new SchemaDiscoveryOptions { Schemas = ["hr"] });
        Assert.Equal(["hr.staff"], schema.Tables.Select(t => t.QualifiedName));
        Assert.Equal(["hr.grade"], schema.Enums.Select(e => e.QualifiedName));
        Assert.DoesNotContain(schema.Warnings, w => w.ObjectKind == "extension");
    }

    [Fact]
    public async Task A_foreign_key_into_a_schema_that_is_not_read_still_names_its_principal()
    {
        var schema = await db.DiscoverAsync(new SchemaDiscoveryOptions { Schemas = ["hr"] });
        var fk = Assert.Single(schema.Tables.Single().ForeignKeys);
        Assert.Equal("public", fk.PrincipalSchema);
        Assert.Equal("customers", fk.PrincipalTable);
        Assert.Equal(["id"], fk.PrincipalColumns);
    }

    [Fact]
    public async Task A_schema_that_matches_nothing_gives_an_empty_result_and_a_warning()
    {
        var schema = await db.DiscoverAsync(new SchemaDiscoveryOptions { Schemas = ["no_such_schema"] });
        Assert.Empty(schema.Tables);
        Assert.Empty(schema.Views);
        Assert.Empty(schema.Enums);
        var warning = Assert.Single(schema.Warnings);
        Assert.Equal(ErrorCodes.FilterMatchedNothing, warning.Code);
        Assert.Equal("no_such_schema", warning.ObjectName);
    }

    [Fact]
    public async Task Progress_is_reported_in_stages()
    {
        var stages = new List<DiscoveryProgress>();
        await db.DiscoverAsync(new SchemaDiscoveryOptions { Progress = new SynchronousProgress(stages.Add) });
        Assert.Equal(["reading catalogs", "building model", "done"], stages.Select(s => s.Stage));
        Assert.Equal([0, 1, 2], stages.Select(s => s.Completed));
        Assert.All(stages, s => Assert.Equal(2, s.Total));
    }

    [Fact]
    public async Task Discovery_does_not_change_the_database()
    {
        const string fingerprint = """
            SELECT md5(string_agg(c.oid::text || c.relname || c.relkind::text || c.relfilenode, ',' ORDER BY c.oid)) || ':' ||
                   (SELECT count(*) FROM pg_attribute) || ':' || (SELECT count(*) FROM pg_depend) || ':' ||
                   (SELECT count(*) FROM pg_description) || ':' || (SELECT count(*) FROM pg_constraint)
              FROM pg_class c
            """;
        var before = await db.ScalarAsync<string>(fingerprint);
        await db.DiscoverAsync();
        Assert.Equal(before, await db.ScalarAsync<string>(fingerprint));
    }

    private sealed class SynchronousProgress(Action<DiscoveryProgress> report) : IProgress<DiscoveryProgress>
    {
        public void Report(DiscoveryProgress value) => report(value);
    }
}
