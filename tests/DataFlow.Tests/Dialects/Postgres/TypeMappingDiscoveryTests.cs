using DataFlow.Schema;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class TypeMappingDiscoveryTests(TypeMappingDiscoveryTests.Database db) : IClassFixture<TypeMappingDiscoveryTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE EXTENSION citext;
            CREATE SCHEMA sales;
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE TYPE sales.status AS ENUM ('open', 'closed');
            CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
            CREATE DOMAIN short_code AS varchar(8);
            CREATE DOMAIN address AS inet;
            CREATE TABLE all_types (
                c_int2 smallint, c_int4 integer, c_int8 bigint, c_float4 real, c_float8 double precision,
                c_numeric numeric(12,3), c_numeric_plain numeric, c_money money, c_bool boolean,
                c_text text, c_varchar varchar(255), c_varchar_plain varchar, c_char char(3), c_bpchar bpchar, c_name name,
                c_citext citext, c_bytea bytea, c_date date, c_time time(3), c_time_plain time, c_timetz timetz,
                c_timestamp timestamp(0), c_timestamptz timestamptz, c_interval interval, c_interval_p interval(2),
                c_uuid uuid, c_json json, c_jsonb jsonb,
                c_int_array integer[], c_text_matrix text[][], c_varchar_array varchar(100)[],
                c_enum mood, c_enum_other sales.status, c_enum_array mood[],
                c_domain positive_int, c_domain_varchar short_code,
                c_xml xml, c_inet inet, c_inet_array inet[], c_cidr cidr, c_macaddr macaddr, c_tsvector tsvector,
                c_point point, c_int4range int4range, c_address address
            );
            """;
    }

    public static TheoryData<string, string> SimpleTypes => new()
    {
        { "c_int2", "int16" }, { "c_int4", "int32" }, { "c_int8", "int64" }, { "c_float4", "float32" }, { "c_float8", "float64" },
        { "c_numeric", "decimal(12,3)" }, { "c_numeric_plain", "decimal" }, { "c_money", "decimal" }, { "c_bool", "boolean" },
        { "c_text", "string" }, { "c_varchar", "string(255)" }, { "c_varchar_plain", "string" }, { "c_char", "string(3)" },
        { "c_bpchar", "string" }, { "c_name", "string" }, { "c_citext", "string" }, { "c_bytea", "binary" }, { "c_date", "date" },
        { "c_time", "time(3)" }, { "c_time_plain", "time" }, { "c_timetz", "time with zone" }, { "c_timestamp", "datetime(0)" },
        { "c_timestamptz", "datetime with zone" }, { "c_interval", "interval" }, { "c_interval_p", "interval(2)" },
        { "c_uuid", "uuid" }, { "c_json", "json" }, { "c_jsonb", "json" },
        { "c_int_array", "array of int32" }, { "c_text_matrix", "array of string" }, { "c_varchar_array", "array of string(100)" },
        { "c_enum", "enum public.mood" }, { "c_enum_other", "enum sales.status" }, { "c_enum_array", "array of enum public.mood" },
        { "c_domain", "int32" }, { "c_domain_varchar", "string(8)" },
    };

    [Theory]
    [MemberData(nameof(SimpleTypes))]
    public void Each_postgres_type_maps_to_its_logical_type(string column, string logical) =>
        Assert.Equal(logical, db.Column("public.all_types", column).Type.ToString());

    [Fact]
    public void Fixed_length_is_recorded_for_bpchar_only()
    {
        Assert.True(db.Column("public.all_types", "c_char").Type.IsFixedLength);
        Assert.False(db.Column("public.all_types", "c_varchar").Type.IsFixedLength);
    }

    [Fact]
    public void Domain_columns_keep_the_domain_name_as_raw_type()
    {
        Assert.Equal("positive_int", db.Column("public.all_types", "c_domain").RawType);
        Assert.Equal("short_code", db.Column("public.all_types", "c_domain_varchar").RawType);
        Assert.Equal("sales.status", db.Column("public.all_types", "c_enum_other").RawType);
        Assert.Equal("character varying(100)[]", db.Column("public.all_types", "c_varchar_array").RawType);
    }

    [Theory]
    [InlineData("c_xml", "xml")]
    [InlineData("c_inet", "inet")]
    [InlineData("c_cidr", "cidr")]
    [InlineData("c_macaddr", "macaddr")]
    [InlineData("c_tsvector", "tsvector")]
    [InlineData("c_point", "point")]
    [InlineData("c_int4range", "int4range")]
    [InlineData("c_address", "address")]
    public void Unmapped_types_are_unknown_and_keep_the_raw_type(string column, string raw)
    {
        var found = db.Column("public.all_types", column);
        Assert.Equal(LogicalTypeKind.Unknown, found.Type.Kind);
        Assert.Equal(raw, found.RawType);
    }

    [Fact]
    public void An_array_of_an_unmapped_type_is_an_array_of_unknown()
    {
        var column = db.Column("public.all_types", "c_inet_array");
        Assert.Equal(LogicalTypeKind.Array, column.Type.Kind);
        Assert.Equal(LogicalTypeKind.Unknown, column.Type.ElementType!.Kind);
    }

    [Fact]
    public void Each_unknown_type_gets_one_warning_with_its_column_count()
    {
        var warnings = db.Schema.Warnings.Where(w => w.Code == ErrorCodes.UnknownColumnType).ToList();
        Assert.Equal(["cidr", "inet", "int4range", "macaddr", "point", "tsvector", "xml"], warnings.Select(w => w.ObjectName).Order(StringComparer.Ordinal));
        var inet = warnings.Single(w => w.ObjectName == "inet");
        Assert.Equal("type", inet.ObjectKind);

        // c_inet, c_inet_array and c_address (a domain over inet) use it.
        Assert.Contains("3 columns use it", inet.Message, StringComparison.Ordinal);
        Assert.Contains("1 column uses it", warnings.Single(w => w.ObjectName == "xml").Message, StringComparison.Ordinal);
    }
}
