using DataFlow.Schema;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class TypeObjectDiscoveryTests(TypeObjectDiscoveryTests.Database db) : IClassFixture<TypeObjectDiscoveryTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE SCHEMA inventory;
            CREATE TYPE rating AS ENUM ('G', 'PG', 'R');
            ALTER TYPE rating ADD VALUE 'PG-13' BEFORE 'R';
            COMMENT ON TYPE rating IS 'Film rating';
            CREATE TYPE inventory.state AS ENUM ();
            CREATE DOMAIN year AS integer NOT NULL DEFAULT 2000
                CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
            ALTER DOMAIN year ADD CONSTRAINT year_not_future CHECK (VALUE < 3000) NOT VALID;
            COMMENT ON DOMAIN year IS 'A year';
            CREATE DOMAIN inventory.code AS varchar(10) COLLATE "C";
            CREATE SEQUENCE counter AS integer START WITH 100 INCREMENT BY 5 MINVALUE 10 MAXVALUE 1000 CACHE 20 CYCLE;
            CREATE SEQUENCE inventory.descending INCREMENT BY -1;
            CREATE TABLE items (id serial, code integer GENERATED ALWAYS AS IDENTITY, made year);
            CREATE SEQUENCE owned_elsewhere OWNED BY items.made;
            """;
    }

    [Fact]
    public void Enum_values_come_in_sort_order()
    {
        var rating = db.Schema.Enums.Single(e => e.QualifiedName == "public.rating");
        Assert.Equal(["G", "PG", "PG-13", "R"], rating.Values);
        Assert.Equal("Film rating", rating.Comment);
        Assert.Empty(db.Schema.Enums.Single(e => e.QualifiedName == "inventory.state").Values);
    }

    [Fact]
    public void Domain_keeps_base_type_constraints_and_default()
    {
        var year = db.Schema.Domains.Single(d => d.QualifiedName == "public.year");
        Assert.Equal("integer", year.RawBaseType);
        Assert.Equal(LogicalTypeKind.Int32, year.BaseType.Kind);
        Assert.True(year.IsNotNull);
        Assert.Equal("2000", year.Default);
        Assert.Equal("A year", year.Comment);
        Assert.Equal(["year_check", "year_not_future"], year.CheckConstraints.Select(c => c.Name));
        Assert.Equal("VALUE >= 1901 AND VALUE <= 2155", year.CheckConstraints[0].Expression);
        Assert.False(year.CheckConstraints[0].IsNotValid);
        Assert.True(year.CheckConstraints[1].IsNotValid);
    }

    [Fact]
    public void Domain_keeps_a_non_default_collation_and_length()
    {
        var code = db.Schema.Domains.Single(d => d.QualifiedName == "inventory.code");
        Assert.Equal("character varying(10)", code.RawBaseType);
        Assert.Equal("string(10)", code.BaseType.ToString());
        Assert.Equal("C", code.Collation);
        Assert.False(code.IsNotNull);
        Assert.Empty(code.CheckConstraints);
    }

    [Fact]
    public void Sequence_keeps_every_option()
    {
        var counter = db.Schema.Sequences.Single(s => s.QualifiedName == "public.counter");
        Assert.Equal("integer", counter.DataType);
        Assert.Equal(100, counter.StartValue);
        Assert.Equal(5, counter.Increment);
        Assert.Equal(10, counter.MinValue);
        Assert.Equal(1000, counter.MaxValue);
        Assert.Equal(20, counter.CacheSize);
        Assert.True(counter.IsCyclic);
        Assert.Null(counter.OwnedBy);
        Assert.False(counter.IsIdentity);
    }

    [Fact]
    public void Descending_sequence_has_negative_increment_and_bigint_bounds()
    {
        var sequence = db.Schema.Sequences.Single(s => s.QualifiedName == "inventory.descending");
        Assert.Equal("bigint", sequence.DataType);
        Assert.Equal(-1, sequence.Increment);
        Assert.Equal(long.MinValue, sequence.MinValue);
        Assert.Equal(-1, sequence.MaxValue);
        Assert.Equal(-1, sequence.StartValue);
    }

    [Fact]
    public void Serial_and_identity_sequences_name_their_owner()
    {
        var serial = db.Schema.Sequences.Single(s => s.Name == "items_id_seq");
        Assert.Equal("public.items.id", serial.OwnedBy);
        Assert.False(serial.IsIdentity);
        var identity = db.Schema.Sequences.Single(s => s.Name == "items_code_seq");
        Assert.Equal("public.items.code", identity.OwnedBy);
        Assert.True(identity.IsIdentity);
        Assert.Equal("public.items.made", db.Schema.Sequences.Single(s => s.Name == "owned_elsewhere").OwnedBy);
    }

    [Fact]
    public void Domain_column_is_nullable_in_the_table_even_when_the_domain_is_not_null()
    {
        var made = db.Column("public.items", "made");
        Assert.Equal("year", made.RawType);
        Assert.Equal(LogicalTypeKind.Int32, made.Type.Kind);
        Assert.True(made.IsNullable);
        Assert.Equal(IdentityKind.None, made.Identity);
    }
}
