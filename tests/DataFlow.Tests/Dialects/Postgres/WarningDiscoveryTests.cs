using DataFlow.Schema;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class WarningDiscoveryTests(WarningDiscoveryTests.Database db) : IClassFixture<WarningDiscoveryTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE EXTENSION btree_gist;
            CREATE EXTENSION pgcrypto;
            CREATE EXTENSION pg_stat_statements;
            CREATE EXTENSION postgres_fdw;
            CREATE SERVER elsewhere FOREIGN DATA WRAPPER postgres_fdw;
            CREATE FOREIGN TABLE remote_rooms (id integer) SERVER elsewhere;
            CREATE TABLE rooms (id integer PRIMARY KEY);
            CREATE TABLE bookings (
                id integer PRIMARY KEY,
                room_id integer REFERENCES rooms (id),
                during tsrange,
                CONSTRAINT no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
            );
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE PROCEDURE cleanup(days integer) LANGUAGE sql AS $$ DELETE FROM bookings WHERE id < days $$;
            CREATE TRIGGER bookings_touch BEFORE UPDATE ON bookings FOR EACH ROW EXECUTE FUNCTION touch();
            ALTER TABLE bookings ENABLE ROW LEVEL SECURITY;
            CREATE POLICY own_rooms ON bookings USING (room_id > 0);
            CREATE TYPE pair AS (a integer, b text);
            CREATE TYPE floatrange AS RANGE (subtype = float8);
            CREATE RULE no_delete AS ON DELETE TO rooms DO INSTEAD NOTHING;
            CREATE VIEW room_ids AS SELECT id FROM rooms;
            CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);
            CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
            CREATE EVENT TRIGGER log_ddl ON ddl_command_start EXECUTE FUNCTION on_ddl();
            CREATE COLLATION german (provider = icu, locale = 'de');
            CREATE STATISTICS bookings_stats (dependencies) ON id, room_id FROM bookings;
            CREATE TEXT SEARCH CONFIGURATION plain_english (COPY = english);
            CREATE OPERATOR === (LEFTARG = integer, RIGHTARG = integer, FUNCTION = int4eq);
            """;
    }

    private SchemaWarning Warning(string kind, string name) =>
        db.Schema.Warnings.SingleOrDefault(w => w.ObjectKind == kind && w.ObjectName == name)
        ?? throw new Xunit.Sdk.XunitException($"No {kind} warning for {name}; warnings: {string.Join("; ", db.Schema.Warnings.Select(w => w.ObjectKind + " " + w.ObjectName))}");

    [Theory]
    [InlineData("trigger", "public.bookings.bookings_touch")]
    [InlineData("function", "public.touch()")]
    [InlineData("procedure", "public.cleanup(IN days integer)")]
    [InlineData("policy", "public.bookings.own_rooms")]
    [InlineData("exclusion_constraint", "public.bookings.no_overlap")]
    [InlineData("composite_type", "public.pair")]
    [InlineData("range_type", "public.floatrange")]
    [InlineData("rule", "public.rooms.no_delete")]
    [InlineData("extension", "btree_gist")]
    [InlineData("extension", "pgcrypto")]
    [InlineData("foreign_table", "public.remote_rooms")]
    [InlineData("aggregate", "public.total(integer)")]
    [InlineData("event_trigger", "log_ddl")]
    [InlineData("collation", "public.german")]
    [InlineData("statistics", "public.bookings_stats")]
    [InlineData("text_search_configuration", "public.plain_english")]
    [InlineData("operator", "public.===(integer, integer)")]
    public void Unsupported_objects_get_one_warning_each(string kind, string name)
    {
        var warning = Warning(kind, name);
        Assert.Equal(ErrorCodes.UnsupportedObject, warning.Code);
        Assert.Contains(name, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Objects_owned_by_extensions_are_not_reported()
    {
        // pgcrypto and btree_gist bring dozens of functions, operators and opclasses; a range type its constructors.
        Assert.DoesNotContain(db.Schema.Warnings, w => w.ObjectName is { } n && (n.StartsWith("public.digest(", StringComparison.Ordinal) || n.StartsWith("public.gbt_", StringComparison.Ordinal)));
        Assert.Equal(["public.on_ddl()", "public.touch()", "public.cleanup(IN days integer)"],
            db.Schema.Warnings.Where(w => w.ObjectKind is "function" or "procedure").Select(w => w.ObjectName));
    }

    [Fact]
    public void Relations_owned_by_extensions_are_not_discovered()
    {
        // pg_stat_statements creates two views in public; they belong to the extension, not to the schema.
        Assert.Equal(["public.room_ids"], db.Schema.Views.Select(v => v.QualifiedName));
        Assert.Equal(["public.bookings", "public.rooms"], db.Schema.Tables.Select(t => t.QualifiedName));
    }

    [Fact]
    public void Internal_triggers_and_view_rules_are_not_reported()
    {
        // The foreign key's RI triggers are internal; the view's _RETURN rule is how views work.
        Assert.Single(db.Schema.Warnings, w => w.ObjectKind == "trigger");
        Assert.Single(db.Schema.Warnings, w => w.ObjectKind == "rule");
    }

    [Fact]
    public void Exclusion_constraint_index_is_not_listed_as_an_index() => Assert.Empty(db.Table("public.bookings").Indexes);

    [Fact]
    public void Unknown_column_type_is_warned_about_once()
    {
        var warning = Assert.Single(db.Schema.Warnings, w => w.Code == ErrorCodes.UnknownColumnType);
        Assert.Equal("tsrange", warning.ObjectName);
        Assert.Contains("1 column uses it", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_do_not_hide_the_table()
    {
        var bookings = db.Table("public.bookings");
        Assert.Equal(["id", "room_id", "during"], bookings.Columns.Select(c => c.Name));
        Assert.Single(bookings.ForeignKeys);
    }
}
