using DataFlow.Schema;

namespace DataFlow.Tests.Schema;

/// <summary>Hand-built schemas that use every slot of the model, for tests that need no database.</summary>
public static class SampleSchemas
{
    public static DatabaseSchema Everything() => new()
    {
        Dialect = "postgresql",
        Tables =
        [
            new Table
            {
                Schema = "sales",
                Name = "order",
                Comment = "Orders placed — «unicode» and \"quotes\"",
                Columns =
                [
                    new Column { Name = "id", Ordinal = 1, RawType = "bigint", Type = LogicalType.Of(LogicalTypeKind.Int64), Identity = IdentityKind.Always },
                    new Column { Name = "customer id", Ordinal = 2, RawType = "integer", Type = LogicalType.Of(LogicalTypeKind.Int32) },
                    new Column { Name = "total", Ordinal = 3, RawType = "numeric(10,2)", Type = LogicalType.Decimal(10, 2), Default = "0", Comment = "gross" },
                    new Column { Name = "tags", Ordinal = 4, RawType = "text[]", Type = LogicalType.ArrayOf(LogicalType.String()), IsNullable = true },
                    new Column { Name = "status", Ordinal = 5, RawType = "sales.order_status", Type = LogicalType.EnumOf("sales.order_status") },
                    new Column { Name = "total_x2", Ordinal = 6, RawType = "numeric", Type = LogicalType.Decimal(), Generated = GeneratedKind.Stored, GeneratedExpression = "(total * (2)::numeric)", IsNullable = true },
                    new Column { Name = "note", Ordinal = 7, RawType = "character varying(200)", Type = LogicalType.String(200), Collation = "C", IsNullable = true },
                ],
                PrimaryKey = new PrimaryKey { Name = "order_pkey", Columns = ["id"] },
                ForeignKeys =
                [
                    new ForeignKey
                    {
                        Name = "order_customer_fk", Columns = ["customer id"], PrincipalSchema = "sales", PrincipalTable = "customer",
                        PrincipalColumns = ["id"], OnDelete = ReferentialAction.Cascade, IsDeferrable = true, IsInitiallyDeferred = true,
                    },
                ],
                UniqueConstraints = [new UniqueConstraint { Name = "order_note_key", Columns = ["note", "customer id"] }],
                CheckConstraints = [new CheckConstraint { Name = "order_total_check", Expression = "(total >= (0)::numeric)" }],
                Indexes =
                [
                    new TableIndex
                    {
                        Name = "order_lower_note_idx", IsUnique = true, Predicate = "(note IS NOT NULL)", IncludedColumns = ["total"],
                        Keys = [new IndexKey { Expression = "lower((note)::text)" }, new IndexKey { Column = "id", IsDescending = true, NullsFirst = false }],
                    },
                    new TableIndex { Name = "order_tags_gin", Method = "gin", Keys = [new IndexKey { Column = "tags" }] },
                ],
                Annotations = [new Annotation(AnnotationNames.PostgresUnlogged, "true")],
            },
            new Table
            {
                Schema = "sales",
                Name = "customer",
                Columns = [new Column { Name = "id", Ordinal = 1, RawType = "integer", Type = LogicalType.Of(LogicalTypeKind.Int32), Identity = IdentityKind.Serial, Default = "nextval('sales.customer_id_seq'::regclass)" }],
                PrimaryKey = new PrimaryKey { Name = "customer_pkey", Columns = ["id"] },
            },
        ],
        Views =
        [
            new View
            {
                Schema = "sales", Name = "big_orders", IsMaterialized = true, Definition = " SELECT id FROM sales.\"order\" WHERE total > 100;",
                Columns = [new Column { Name = "id", Ordinal = 1, RawType = "bigint", Type = LogicalType.Of(LogicalTypeKind.Int64), IsNullable = true }],
                Indexes = [new TableIndex { Name = "big_orders_id", Keys = [new IndexKey { Column = "id" }] }],
            },
        ],
        Enums = [new EnumType { Schema = "sales", Name = "order_status", Values = ["new", "paid", "shipped"] }],
        Domains =
        [
            new DomainType
            {
                Schema = "sales", Name = "positive_int", RawBaseType = "integer", BaseType = LogicalType.Of(LogicalTypeKind.Int32), IsNotNull = true,
                CheckConstraints = [new CheckConstraint { Name = "positive_int_check", Expression = "(VALUE > 0)" }],
            },
        ],
        Sequences =
        [
            new Sequence
            {
                Schema = "sales", Name = "customer_id_seq", DataType = "integer", StartValue = 1, Increment = 1, MinValue = 1,
                MaxValue = int.MaxValue, CacheSize = 1, OwnedBy = "sales.customer.id",
            },
        ],
        Warnings =
        [
            new SchemaWarning { Code = ErrorCodes.UnsupportedObject, ObjectKind = "trigger", ObjectName = "sales.order.audit", Message = "Triggers are not part of the schema model." },
        ],
    };
}
