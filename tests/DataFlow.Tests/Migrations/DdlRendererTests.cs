using DataFlow.Migrations.Ddl;
using DataFlow.Schema;
using DataFlow.Tests.Diff;

namespace DataFlow.Tests.Migrations;

/// <summary>The exact statements of the renderers for objects the fixtures' round trip does not pin.</summary>
public sealed class DdlRendererTests
{
    private static readonly IDdlRenderer Postgres = DdlRenderers.For("postgresql");
    private static readonly IDdlRenderer Sqlite = DdlRenderers.For("sqlite");
    private static readonly Table Users = DiffSchemas.Shop().Tables[0];

    [Fact]
    public void Postgres_indexes_carry_method_include_nulls_and_can_be_built_and_dropped_concurrently()
    {
        var index = new TableIndex
        {
            Name = "ix", IsUnique = true, Method = "btree", IncludedColumns = ["name"], NullsNotDistinct = true, Predicate = "id > 0",
            Keys = [new IndexKey { Column = "email", IsDescending = true, NullsFirst = false, Collation = "C" }, new IndexKey { Expression = "lower(name)", OperatorClass = "text_pattern_ops" }],
        };

        Assert.Equal(
            "CREATE UNIQUE INDEX CONCURRENTLY \"ix\" ON \"public\".\"users\" USING btree (\"email\" COLLATE \"C\" DESC NULLS LAST, (lower(name)) text_pattern_ops) INCLUDE (\"name\") NULLS NOT DISTINCT WHERE id > 0",
            Postgres.CreateIndex("public", "users", index, concurrently: true));
        Assert.Equal("DROP INDEX CONCURRENTLY \"public\".\"ix\"", Postgres.DropIndex("public", "ix", concurrently: true));
    }

    [Fact]
    public void Postgres_types_sequences_domains_views_and_comments()
    {
        var shop = DiffSchemas.Shop();
        var domain = shop.Domains[0] with { IsNotNull = true, Default = "''::text", CheckConstraints = [new CheckConstraint { Name = "has_at", Expression = "VALUE ~ '@'" }] };

        Assert.Equal("CREATE TYPE \"public\".\"mood\" AS ENUM ('sad', 'ok', 'happy')", Postgres.CreateEnum(shop.Enums[0]));
        Assert.Equal("CREATE SEQUENCE \"public\".\"ticket_seq\" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1", Postgres.CreateSequence(shop.Sequences[0]));
        Assert.Equal("ALTER SEQUENCE \"public\".\"ticket_seq\" OWNED BY \"public\".\"users\".\"id\"", Postgres.SequenceOwnedBy(shop.Sequences[0], Users, "id"));
        Assert.Equal("CREATE DOMAIN \"public\".\"email\" AS text DEFAULT ''::text NOT NULL CONSTRAINT \"has_at\" CHECK (VALUE ~ '@')", Postgres.CreateDomain(domain));
        Assert.Equal("CREATE MATERIALIZED VIEW \"public\".\"user_emails\" AS\nSELECT email FROM users", Postgres.CreateView(shop.Views[0] with { IsMaterialized = true, Definition = " SELECT email FROM users;" }));
        Assert.Equal("COMMENT ON COLUMN \"public\".\"users\".\"email\" IS 'it''s the login'", Postgres.Comment("COLUMN", "\"public\".\"users\".\"email\"", "it's the login"));
        Assert.Equal("COMMENT ON TABLE \"public\".\"users\" IS NULL", Postgres.Comment("TABLE", "\"public\".\"users\"", null));
        Assert.Equal("CREATE SCHEMA IF NOT EXISTS \"sales\"", Postgres.CreateSchema("sales"));
    }

    [Fact]
    public void Postgres_constraints_on_existing_tables_with_not_valid_and_referential_actions()
    {
        var key = new ForeignKey
        {
            Name = "fk", Columns = ["user_id"], PrincipalSchema = "public", PrincipalTable = "users", PrincipalColumns = ["id"],
            OnDelete = ReferentialAction.Cascade, OnUpdate = ReferentialAction.SetNull, IsDeferrable = true, IsInitiallyDeferred = true, MatchType = "full",
        };

        Assert.Equal(
            "ALTER TABLE \"public\".\"users\" ADD CONSTRAINT \"fk\" FOREIGN KEY (\"user_id\") REFERENCES \"public\".\"users\" (\"id\") MATCH FULL ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID",
            Postgres.AddForeignKey(Users, key, notValid: true));
        Assert.Equal("ALTER TABLE \"public\".\"users\" ALTER COLUMN \"email\" TYPE text USING \"email\"::text", Postgres.AlterColumnType(Users, Users.Columns[1] with { RawType = "text" }));
        Assert.Equal("ALTER TABLE \"public\".\"users\" ALTER COLUMN \"name\" SET DEFAULT 'x'::text", Postgres.SetDefault(Users, "name", "'x'::text"));
    }

    [Fact]
    public void Sqlite_tables_keep_autoincrement_strict_and_without_rowid()
    {
        var table = new Table
        {
            Name = "log",
            Columns =
            [
                new Column { Name = "id", Ordinal = 1, RawType = "INTEGER", Type = LogicalType.Of(LogicalTypeKind.Int64), Identity = IdentityKind.AutoIncrement },
                new Column { Name = "at", Ordinal = 2, RawType = "TEXT", Type = LogicalType.String(), Default = "CURRENT_TIMESTAMP", Collation = "NOCASE" },
                new Column { Name = "len", Ordinal = 3, RawType = "INTEGER", Type = LogicalType.Of(LogicalTypeKind.Int64), IsNullable = true, Generated = GeneratedKind.Virtual, GeneratedExpression = "length(at)" },
            ],
            PrimaryKey = new PrimaryKey { Columns = ["id"] },
            Annotations = [new Annotation(AnnotationNames.SqliteStrict, "true")],
        };

        Assert.Equal(
            "CREATE TABLE \"log\" (\n    \"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    \"at\" TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP COLLATE NOCASE,\n    \"len\" INTEGER GENERATED ALWAYS AS (length(at)) VIRTUAL\n) STRICT",
            Sqlite.CreateTable(table));
        Assert.Equal(DdlFeatures.None, Sqlite.Features);
    }
}
