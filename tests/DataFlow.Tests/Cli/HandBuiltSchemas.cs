using DataFlow.Schema;

namespace DataFlow.Tests.Cli;

/// <summary>Schemas built by hand, to test output without a database.</summary>
internal static class HandBuiltSchemas
{
    /// <summary>A small PostgreSQL-flavoured shop with every kind of object and some warnings.</summary>
    /// <summary>A shop schema in canonical order, as discovery returns it.</summary>
    public static DatabaseSchema Shop(int triggerWarnings = 3) => DataFlow.Discovery.SchemaCanonicalizer.Canonicalize(BuildShop(triggerWarnings));

    private static DatabaseSchema BuildShop(int triggerWarnings) => new()
    {
        Dialect = "postgresql",
        Tables = L(
            new Table
            {
                Schema = "public",
                Name = "customers",
                Comment = "People who buy",
                Columns = L(
                    Column("id", 1, "bigint", LogicalType.Of(LogicalTypeKind.Int64)) with { Identity = IdentityKind.Always },
                    Column("email", 2, "character varying(255)", LogicalType.String(255)),
                    Column("status", 3, "customer_status", LogicalType.EnumOf("public.customer_status")) with { Default = "'active'::customer_status" },
                    Column("tags", 4, "text[]", LogicalType.ArrayOf(LogicalType.String()), nullable: true) with { Default = "'{}'::text[]", Comment = "free [tags]" }
                ),
                PrimaryKey = new PrimaryKey { Name = "customers_pkey", Columns = L("id") },
                UniqueConstraints = L(new UniqueConstraint { Name = "customers_email_key", Columns = L("email") }),
                CheckConstraints = L(new CheckConstraint { Name = "customers_email_check", Expression = "email ~ '^[^@]+@[^@]+$'" }),
                Indexes = L(
                    new TableIndex
                    {
                        Name = "ix_customers_email_lower",
                        Keys = L(new IndexKey { Expression = "lower((email)::text)" }),
                        IsUnique = true,
                    }
                ),
            },
            new Table
            {
                Schema = "public",
                Name = "order_items",
                Columns = L(
                    Column("order_id", 1, "integer", LogicalType.Of(LogicalTypeKind.Int32)),
                    Column("product_sku", 2, "character varying(32)", LogicalType.String(32)),
                    Column("quantity", 3, "integer", LogicalType.Of(LogicalTypeKind.Int32)),
                    Column("unit_price", 4, "numeric(10,2)", LogicalType.Decimal(10, 2)),
                    Column("line_total", 5, "numeric(12,2)", LogicalType.Decimal(12, 2), nullable: true) with
                    {
                        Generated = GeneratedKind.Stored,
                        GeneratedExpression = "((quantity)::numeric * unit_price)",
                    }
                ),
                PrimaryKey = new PrimaryKey { Name = "order_items_pkey", Columns = L("order_id", "product_sku") },
                ForeignKeys = L(
                    new ForeignKey
                    {
                        Name = "order_items_order_id_fkey",
                        Columns = L("order_id"),
                        PrincipalSchema = "public",
                        PrincipalTable = "orders",
                        PrincipalColumns = L("id"),
                        OnDelete = ReferentialAction.Cascade,
                    }
                ),
                CheckConstraints = L(new CheckConstraint { Name = "order_items_quantity_check", Expression = "quantity > 0", IsNotValid = true }),
            },
            new Table
            {
                Schema = "public",
                Name = "orders",
                Columns = L(
                    Column("id", 1, "integer", LogicalType.Of(LogicalTypeKind.Int32)) with { Identity = IdentityKind.Serial, Default = "nextval('orders_id_seq'::regclass)" },
                    Column("customer_id", 2, "bigint", LogicalType.Of(LogicalTypeKind.Int64)),
                    Column("ordered_at", 3, "timestamp with time zone", LogicalType.Of(LogicalTypeKind.DateTimeWithZone)) with { Default = "now()" }
                ),
                PrimaryKey = new PrimaryKey { Name = "orders_pkey", Columns = L("id") },
                ForeignKeys = L(
                    new ForeignKey
                    {
                        Name = "orders_customer_id_fkey",
                        Columns = L("customer_id"),
                        PrincipalSchema = "public",
                        PrincipalTable = "customers",
                        PrincipalColumns = L("id"),
                        OnDelete = ReferentialAction.Restrict,
                        OnUpdate = ReferentialAction.Cascade,
                        IsDeferrable = true,
                    }
                ),
                Indexes = L(
                    new TableIndex
                    {
                        Name = "ix_orders_recent",
                        Keys = L(new IndexKey { Column = "customer_id" }, new IndexKey { Column = "ordered_at", IsDescending = true }),
                        Predicate = "(ordered_at > '2020-01-01 00:00:00+00'::timestamp with time zone)",
                    }
                ),
            },
            new Table
            {
                Schema = "public",
                Name = "event_log",
                Columns = L(Column("payload", 1, "jsonb", LogicalType.Of(LogicalTypeKind.Json), nullable: true)),
            }
        ),
        Views = L(
            new View
            {
                Schema = "public",
                Name = "customer_totals",
                Definition = "SELECT ...",
                Columns = L(Column("customer_id", 1, "bigint", LogicalType.Of(LogicalTypeKind.Int64), nullable: true), Column("total", 2, "numeric", LogicalType.Decimal(), nullable: true)),
            },
            new View { Schema = "public", Name = "daily_sales", IsMaterialized = true, Definition = "SELECT ...", Columns = L(Column("day", 1, "date", LogicalType.Of(LogicalTypeKind.Date), nullable: true)) }
        ),
        Enums = L(new EnumType { Schema = "public", Name = "customer_status", Values = L("active", "blocked") }),
        Domains = L(
            new DomainType
            {
                Schema = "public",
                Name = "positive_amount",
                RawBaseType = "numeric(10,2)",
                BaseType = LogicalType.Decimal(10, 2),
                IsNotNull = true,
                CheckConstraints = L(new CheckConstraint { Name = "positive_amount_check", Expression = "VALUE > 0" }),
            }
        ),
        Sequences = L(
            new Sequence { Schema = "public", Name = "invoice_numbers", DataType = "bigint", StartValue = 1000, Increment = 1, MinValue = 1, MaxValue = 9999999, CacheSize = 1 },
            new Sequence { Schema = "public", Name = "orders_id_seq", DataType = "integer", StartValue = 1, Increment = 1, MinValue = 1, MaxValue = int.MaxValue, CacheSize = 1, OwnedBy = "public.orders.id" }
        ),
        Warnings = TriggerWarnings(triggerWarnings)
            .Append(new SchemaWarning { Code = ErrorCodes.UnsupportedObject, ObjectKind = "policy", ObjectName = "public.customers.own_rows", Message = "Row-level security policies are not represented." })
            .Append(new SchemaWarning { Code = ErrorCodes.FilterMatchedNothing, ObjectKind = "discovery", Message = "The table pattern 'nothing*' matched no table or view." })
            .ToEquatableArray(),
    };

    /// <summary>An empty SQLite schema.</summary>
    public static DatabaseSchema Empty() => new() { Dialect = "sqlite" };

    /// <summary>Trigger warnings named trg_01, trg_02, ...</summary>
    public static IEnumerable<SchemaWarning> TriggerWarnings(int count) => Enumerable.Range(1, count).Select(i => new SchemaWarning
    {
        Code = ErrorCodes.UnsupportedObject,
        ObjectKind = "trigger",
        ObjectName = $"public.trg_{i:00}",
        Message = "Triggers are not represented in the schema model.",
    });

    private static EquatableArray<T> L<T>(params T[] items) => new(items);

    private static Column Column(string name, int ordinal, string rawType, LogicalType type, bool nullable = false) =>
        new() { Name = name, Ordinal = ordinal, RawType = rawType, Type = type, IsNullable = nullable };
}
