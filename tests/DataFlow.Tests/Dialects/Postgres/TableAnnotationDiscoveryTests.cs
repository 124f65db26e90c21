using DataFlow.Schema;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class TableAnnotationDiscoveryTests(TableAnnotationDiscoveryTests.Database db) : IClassFixture<TableAnnotationDiscoveryTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE TABLE payments (id integer, paid date NOT NULL, amount numeric(8,2), PRIMARY KEY (id, paid))
                PARTITION BY RANGE (paid);
            CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE payments_rest PARTITION OF payments DEFAULT;
            CREATE TABLE "Events" (kind text, at date) PARTITION BY LIST (kind);
            CREATE TABLE "Events Clicks" PARTITION OF "Events" FOR VALUES IN ('click');
            CREATE TABLE refunds (id integer PRIMARY KEY, payment_id integer, payment_paid date,
                                  CONSTRAINT refunds_payment_fk FOREIGN KEY (payment_id, payment_paid) REFERENCES payments (id, paid));
            CREATE TABLE refund_notes (refund_id integer REFERENCES refunds (id), lang text) PARTITION BY LIST (lang);
            CREATE TABLE refund_notes_en PARTITION OF refund_notes FOR VALUES IN ('en');
            CREATE UNLOGGED TABLE scratch (id integer);
            CREATE TABLE base_a (a integer);
            CREATE TABLE base_b (b integer);
            CREATE TABLE child (c integer) INHERITS (base_a, base_b);
            CREATE TABLE secured (id integer);
            ALTER TABLE secured ENABLE ROW LEVEL SECURITY;
            CREATE TABLE forced (id integer);
            ALTER TABLE forced ENABLE ROW LEVEL SECURITY;
            ALTER TABLE forced FORCE ROW LEVEL SECURITY;
            """;
    }

    private string? Annotation(string table, string name) =>
        db.Table(table).Annotations.SingleOrDefault(a => a.Name == name)?.Value;

    [Fact]
    public void Partitioned_table_has_its_partition_key()
    {
        Assert.Equal("RANGE (paid)", Annotation("public.payments", AnnotationNames.PostgresPartitionKey));
        Assert.Equal("LIST (kind)", Annotation("public.Events", AnnotationNames.PostgresPartitionKey));
        Assert.Null(Annotation("public.payments", AnnotationNames.PostgresPartitionOf));
    }

    [Fact]
    public void Partitions_are_tables_that_name_their_parent_and_bound()
    {
        Assert.Equal("public.payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", Annotation("public.payments_2024", AnnotationNames.PostgresPartitionOf));
        Assert.Equal("public.payments DEFAULT", Annotation("public.payments_rest", AnnotationNames.PostgresPartitionOf));
        Assert.Equal("public.\"Events\" FOR VALUES IN ('click')", Annotation("public.Events Clicks", AnnotationNames.PostgresPartitionOf));
        Assert.Null(Annotation("public.payments_2024", AnnotationNames.PostgresInherits));
        Assert.Equal(["id", "paid"], db.Table("public.payments_2024").PrimaryKey!.Columns);
    }

    [Fact]
    public void A_foreign_key_to_a_partitioned_table_is_listed_once()
    {
        // PostgreSQL adds hidden constraints from refunds to each partition (conparentid set); they are not separate keys.
        var fk = Assert.Single(db.Table("public.refunds").ForeignKeys);
        Assert.Equal("refunds_payment_fk", fk.Name);
        Assert.Equal("payments", fk.PrincipalTable);
    }

    [Fact]
    public void Partitions_of_a_referencing_table_keep_their_copy_of_the_foreign_key()
    {
        Assert.Equal("refunds", Assert.Single(db.Table("public.refund_notes").ForeignKeys).PrincipalTable);
        Assert.Equal("refunds", Assert.Single(db.Table("public.refund_notes_en").ForeignKeys).PrincipalTable);
    }

    [Fact]
    public void Unlogged_table_is_annotated()
    {
        Assert.Equal("true", Annotation("public.scratch", AnnotationNames.PostgresUnlogged));
        Assert.Null(Annotation("public.child", AnnotationNames.PostgresUnlogged));
    }

    [Fact]
    public void Inheritance_parents_are_listed_in_order()
    {
        Assert.Equal("public.base_a, public.base_b", Annotation("public.child", AnnotationNames.PostgresInherits));
        Assert.Equal(["a", "b", "c"], db.Table("public.child").Columns.Select(c => c.Name));
    }

    [Fact]
    public void Row_level_security_is_annotated_as_enabled_or_forced()
    {
        Assert.Equal("true", Annotation("public.secured", AnnotationNames.PostgresRowLevelSecurity));
        Assert.Equal("forced", Annotation("public.forced", AnnotationNames.PostgresRowLevelSecurity));
        Assert.Null(Annotation("public.scratch", AnnotationNames.PostgresRowLevelSecurity));
    }
}
