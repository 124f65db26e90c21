using DataFlow.Schema;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class KeyDiscoveryTests(KeyDiscoveryTests.Database db) : IClassFixture<KeyDiscoveryTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE SCHEMA other;
            CREATE TABLE countries (id integer CONSTRAINT countries_primary PRIMARY KEY, code char(2) UNIQUE);
            CREATE TABLE regions (country_id integer, region_no integer, name text,
                                  PRIMARY KEY (region_no, country_id));
            CREATE TABLE other.cities (
                id integer PRIMARY KEY,
                country_id integer NOT NULL,
                region_no integer,
                parent_id integer REFERENCES other.cities (id) ON DELETE SET NULL ON UPDATE CASCADE,
                CONSTRAINT cities_region_fk FOREIGN KEY (region_no, country_id) REFERENCES regions (region_no, country_id)
                    MATCH FULL ON DELETE CASCADE ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED,
                CONSTRAINT cities_country_fk FOREIGN KEY (country_id) REFERENCES countries (id) ON DELETE SET DEFAULT DEFERRABLE
            );
            CREATE TABLE chicken (id integer PRIMARY KEY, egg_id integer);
            CREATE TABLE egg (id integer PRIMARY KEY, chicken_id integer REFERENCES chicken (id));
            ALTER TABLE chicken ADD CONSTRAINT chicken_egg_fk FOREIGN KEY (egg_id) REFERENCES egg (id);
            CREATE TABLE people (
                id integer,
                email text,
                first_name text, last_name text,
                tax_no text,
                age integer CONSTRAINT age_is_positive CHECK (age > 0),
                CONSTRAINT people_name_unique UNIQUE (last_name, first_name),
                CONSTRAINT people_email_deferred UNIQUE (email) DEFERRABLE INITIALLY DEFERRED,
                CONSTRAINT people_tax_nulls UNIQUE NULLS NOT DISTINCT (tax_no),
                CHECK (first_name <> last_name)
            );
            ALTER TABLE people ADD CONSTRAINT people_age_limit CHECK (age < 200) NOT VALID;
            """;
    }

    [Fact]
    public void Named_primary_key_keeps_its_name()
    {
        var key = db.Table("public.countries").PrimaryKey!;
        Assert.Equal("countries_primary", key.Name);
        Assert.Equal(["id"], key.Columns);
    }

    [Fact]
    public void Composite_primary_key_keeps_key_order_not_table_order()
    {
        var key = db.Table("public.regions").PrimaryKey!;
        Assert.Equal("regions_pkey", key.Name);
        Assert.Equal(["region_no", "country_id"], key.Columns);
    }

    [Fact]
    public void Table_without_primary_key_has_none() => Assert.Null(db.Table("public.people").PrimaryKey);

    [Fact]
    public void Composite_foreign_key_keeps_column_order_and_options()
    {
        var fk = db.Table("other.cities").ForeignKeys.Single(f => f.Name == "cities_region_fk");
        Assert.Equal(["region_no", "country_id"], fk.Columns);
        Assert.Equal("public", fk.PrincipalSchema);
        Assert.Equal("regions", fk.PrincipalTable);
        Assert.Equal(["region_no", "country_id"], fk.PrincipalColumns);
        Assert.Equal(ReferentialAction.Cascade, fk.OnDelete);
        Assert.Equal(ReferentialAction.Restrict, fk.OnUpdate);
        Assert.Equal("FULL", fk.MatchType);
        Assert.True(fk.IsDeferrable);
        Assert.True(fk.IsInitiallyDeferred);
    }

    [Fact]
    public void Deferrable_foreign_key_that_is_not_initially_deferred()
    {
        var fk = db.Table("other.cities").ForeignKeys.Single(f => f.Name == "cities_country_fk");
        Assert.True(fk.IsDeferrable);
        Assert.False(fk.IsInitiallyDeferred);
        Assert.Equal(ReferentialAction.SetDefault, fk.OnDelete);
        Assert.Equal(ReferentialAction.NoAction, fk.OnUpdate);
        Assert.Null(fk.MatchType);
    }

    [Fact]
    public void Self_referencing_foreign_key_points_at_its_own_table()
    {
        var fk = db.Table("other.cities").ForeignKeys.Single(f => f.Columns.SequenceEqual(["parent_id"]));
        Assert.Equal("other", fk.PrincipalSchema);
        Assert.Equal("cities", fk.PrincipalTable);
        Assert.Equal(["id"], fk.PrincipalColumns);
        Assert.Equal(ReferentialAction.SetNull, fk.OnDelete);
        Assert.Equal(ReferentialAction.Cascade, fk.OnUpdate);
        Assert.False(fk.IsDeferrable);
    }

    [Fact]
    public void Cyclic_foreign_keys_are_both_discovered()
    {
        Assert.Equal("egg", Assert.Single(db.Table("public.chicken").ForeignKeys).PrincipalTable);
        Assert.Equal("chicken", Assert.Single(db.Table("public.egg").ForeignKeys).PrincipalTable);
    }

    [Fact]
    public void Unique_constraints_keep_columns_and_flags()
    {
        var uniques = db.Table("public.people").UniqueConstraints;
        Assert.Equal(["people_email_deferred", "people_name_unique", "people_tax_nulls"], uniques.Select(u => u.Name));
        Assert.Equal(["last_name", "first_name"], uniques[1].Columns);
        Assert.True(uniques[0].IsDeferrable);
        Assert.True(uniques[0].IsInitiallyDeferred);
        Assert.False(uniques[1].IsDeferrable);
        Assert.True(uniques[2].NullsNotDistinct);
        Assert.False(uniques[1].NullsNotDistinct);
        Assert.Equal("countries_code_key", Assert.Single(db.Table("public.countries").UniqueConstraints).Name);
    }

    [Fact]
    public void Constraint_backing_indexes_are_not_listed_as_indexes()
    {
        Assert.Empty(db.Table("public.people").Indexes);
        Assert.Empty(db.Table("public.countries").Indexes);
    }

    [Fact]
    public void Check_constraints_are_read_without_the_check_keyword()
    {
        var checks = db.Table("public.people").CheckConstraints;
        Assert.Equal(["age_is_positive", "people_age_limit", "people_check"], checks.Select(c => c.Name));
        Assert.Equal("age > 0", checks[0].Expression);
        Assert.Equal("first_name <> last_name", checks[2].Expression);
        Assert.False(checks[0].IsNotValid);
    }

    [Fact]
    public void Not_valid_check_constraint_is_flagged()
    {
        var check = db.Table("public.people").CheckConstraints.Single(c => c.Name == "people_age_limit");
        Assert.True(check.IsNotValid);
        Assert.Equal("age < 200", check.Expression);
    }
}
