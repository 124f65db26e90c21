using DataFlow.CodeFirst;
using DataFlow.Schema;
using DataFlow.Snapshots;

namespace DataFlow.Tests.CodeFirst;

/// <summary>The conventions of docs/code-first-models.md, read from source and by reflection (which must agree).</summary>
public class ModelConventionTests
{
    private static readonly DatabaseSchema Postgres = ShopModels.FromSource("postgresql");

    [Theory]
    [InlineData("postgresql")]
    [InlineData("sqlite")]
    public void Source_and_reflection_readers_give_the_same_schema(string dialect) =>
        Assert.Equal(
            SchemaSnapshot.ToJson(ShopModels.FromSource(dialect)),
            SchemaSnapshot.ToJson(ShopModels.FromReflection(dialect, ModelSchemaReader.IsModelType)));

    [Fact]
    public void Id_is_an_identity_key_named_as_postgres_names_it()
    {
        var customers = Postgres.FindTable("public.customers")!;

        Assert.Equal(["id"], customers.PrimaryKey!.Columns);
        Assert.Equal("customers_pkey", customers.PrimaryKey.Name);
        Assert.Equal(IdentityKind.ByDefault, customers.FindColumn("id")!.Identity);
        Assert.Equal("integer", customers.FindColumn("id")!.RawType);
    }

    [Fact]
    public void Nullability_lengths_and_precision_come_from_the_property()
    {
        var customers = Postgres.FindTable("customers")!;
        var orders = Postgres.FindTable("orders")!;

        Assert.False(customers.FindColumn("email")!.IsNullable);
        Assert.Equal("character varying(200)", customers.FindColumn("email")!.RawType);
        Assert.True(customers.FindColumn("nickname")!.IsNullable);
        Assert.Equal("text", customers.FindColumn("nickname")!.RawType);
        Assert.Equal(LogicalType.Decimal(10, 2), orders.FindColumn("total")!.Type);
        Assert.Equal("timestamp with time zone", orders.FindColumn("created_at")!.RawType);
    }

    [Fact]
    public void Initialisers_and_DefaultValueSql_become_defaults_as_postgres_reports_them()
    {
        var orders = Postgres.FindTable("orders")!;

        Assert.Equal("'general'::text", orders.FindColumn("category")!.Default);
        Assert.Equal("'Shipped'::text", orders.FindColumn("status")!.Default);
        Assert.Equal("1", orders.FindColumn("quantity")!.Default);
        Assert.Equal("CURRENT_TIMESTAMP", orders.FindColumn("created_at")!.Default);
        Assert.Equal("'happy'::mood", Postgres.FindTable("customers")!.FindColumn("mood")!.Default);
    }

    [Fact]
    public void Enums_are_text_unless_marked_DbEnum_and_labels_come_from_EnumMember()
    {
        var mood = Assert.Single(Postgres.Enums);

        Assert.Equal("public.mood", mood.QualifiedName);
        Assert.Equal(["so-so", "happy"], mood.Values);
        Assert.Equal(LogicalType.EnumOf("public.mood"), Postgres.FindTable("customers")!.FindColumn("mood")!.Type);
        Assert.Equal(LogicalType.String(), Postgres.FindTable("orders")!.FindColumn("status")!.Type);
        Assert.Empty(ShopModels.FromSource("sqlite").Enums);
    }

    [Fact]
    public void Navigation_with_an_Id_property_is_a_foreign_key_to_the_principal_key()
    {
        var key = Assert.Single(Postgres.FindTable("orders")!.ForeignKeys);

        Assert.Equal("orders_customer_id_fkey", key.Name);
        Assert.Equal(["customer_id"], key.Columns);
        Assert.Equal(("public", "customers"), (key.PrincipalSchema, key.PrincipalTable));
        Assert.Equal(["id"], key.PrincipalColumns);
    }

    [Fact]
    public void Index_and_Unique_attributes_give_an_index_and_a_constraint()
    {
        var index = Assert.Single(Postgres.FindTable("customers")!.Indexes);
        var unique = Assert.Single(Postgres.FindTable("orders")!.UniqueConstraints);

        Assert.Equal(("customers_email_idx", true, "email"), (index.Name, index.IsUnique, index.Keys[0].Column));
        Assert.Equal(("orders_reference_key", "reference"), (unique.Name, unique.Columns[0]));
    }

    [Fact]
    public void Identity_columns_come_with_the_sequences_postgres_creates()
    {
        Assert.Equal(["public.customers_id_seq", "public.orders_id_seq"], Postgres.Sequences.Select(s => s.QualifiedName));
        Assert.Equal(("integer", int.MaxValue, "public.customers.id"), (Postgres.Sequences[0].DataType, Postgres.Sequences[0].MaxValue, Postgres.Sequences[0].OwnedBy));
        Assert.Empty(ShopModels.FromSource("sqlite").Sequences);
    }

    [Fact]
    public void A_class_without_Table_gets_a_snake_case_plural_name_and_snake_case_columns()
    {
        const string source = """
            namespace Shop;
            public class OrderItem
            {
                public int Id { get; set; }
                public string ProductName { get; set; } = null!;
            }
            """;

        var table = Assert.Single(ShopModels.FromReflection("sqlite", t => t.Name == "OrderItem", source).Tables);

        Assert.Equal("order_items", table.Name);
        Assert.Equal(["id", "product_name"], table.Columns.Select(c => c.Name));
        Assert.Equal(IdentityKind.RowIdAlias, table.Columns[0].Identity);
        Assert.Null(table.Columns[1].Default);
    }

    [Fact]
    public void Composite_keys_follow_Column_Order_and_DatabaseGenerated_None_turns_identity_off()
    {
        const string source = """
            using System.ComponentModel.DataAnnotations;
            using System.ComponentModel.DataAnnotations.Schema;
            namespace Shop;
            [Table("lines")]
            public class Line
            {
                [Key, Column(Order = 1)] public int Number { get; set; }
                [Key, Column(Order = 0)] public long TenantId { get; set; }
            }
            [Table("codes")]
            public class Code
            {
                [DatabaseGenerated(DatabaseGeneratedOption.None)] public int Id { get; set; }
            }
            """;

        var schema = ShopModels.FromSource("postgresql", source);

        Assert.Equal(["tenant_id", "number"], schema.FindTable("lines")!.PrimaryKey!.Columns);
        Assert.All(schema.FindTable("lines")!.Columns, c => Assert.Equal(IdentityKind.None, c.Identity));
        Assert.Equal(IdentityKind.None, schema.FindTable("codes")!.FindColumn("id")!.Identity);
        Assert.Empty(schema.Sequences);
    }

    [Fact]
    public void Inherited_properties_come_first_in_both_readers()
    {
        const string source = """
            using System.ComponentModel.DataAnnotations.Schema;
            namespace Shop;
            public abstract class Entity
            {
                public long Id { get; set; }
                public bool Active { get; set; } = true;
            }
            [Table("tags")]
            public class Tag : Entity
            {
                public string Name { get; set; } = null!;
            }
            """;

        var fromSource = ShopModels.FromSource("postgresql", source);
        var fromReflection = ShopModels.FromReflection("postgresql", t => t.Name == "Tag", source);

        Assert.Equal(["id", "active", "name"], fromSource.FindTable("tags")!.Columns.Select(c => c.Name));
        Assert.Equal("true", fromSource.FindTable("tags")!.FindColumn("active")!.Default);
        Assert.Equal(SchemaSnapshot.ToJson(fromSource), SchemaSnapshot.ToJson(fromReflection));
    }
}
