using DataFlow.Schema;
using DataFlow.Snapshots;

namespace DataFlow.CodeGen;

/// <summary>
/// Runs the scaffold's code once on a small schema that has one of everything, so that a short-lived process can do
/// its one-time work (JIT compilation of generic code that ReadyToRun cannot precompile, JSON metadata, the inflection
/// rules' regexes) on a spare core while discovery waits for the database. <c>dataflow scaffold</c> starts it before
/// discovering; nothing it computes is kept, and a scaffold gives the same files with or without it.
/// See docs/benchmarks.md#scaffolding.
/// </summary>
internal static class ScaffoldWarmUp
{
    /// <summary>
    /// Serializes the snapshot of the sample schema with its hash, then generates every kind of file, as the scaffold
    /// does (through <see cref="SchemaSnapshot.Render"/>: the compact hash serialization, which the scaffold does not
    /// use, is not warmed); returns the files.
    /// </summary>
    public static IReadOnlyList<ScaffoldedFile> Run()
    {
        var schema = Sample();
        var (_, hash) = SchemaSnapshot.Render(schema);
        return ModelScaffolder.Generate(schema, new ScaffoldOptions { OutputDirectory = "unused", SourceUrl = "postgresql://warm-up" }, hash);
    }

    /// <summary>Two tables (a key, a foreign key, an index, unique and check constraints, most column kinds), a view, an enum, a domain and a sequence.</summary>
    internal static DatabaseSchema Sample() => new()
    {
        Dialect = "postgresql",
        Tables =
        [
            new Table
            {
                Schema = "public",
                Name = "order_items",
                Comment = "Items",
                Columns =
                [
                    new Column { Name = "id", Ordinal = 1, RawType = "bigint", Type = LogicalType.Of(LogicalTypeKind.Int64), Identity = IdentityKind.ByDefault },
                    new Column { Name = "customer_id", Ordinal = 2, RawType = "integer", Type = LogicalType.Of(LogicalTypeKind.Int32) },
                    new Column { Name = "code", Ordinal = 3, RawType = "character varying(40)", Type = LogicalType.String(40), Default = "'new'::character varying" },
                    new Column { Name = "price", Ordinal = 4, RawType = "numeric(13,2)", Type = LogicalType.Decimal(13, 2), Default = "0", Comment = "gross" },
                    new Column { Name = "is_active", Ordinal = 5, RawType = "boolean", Type = LogicalType.Of(LogicalTypeKind.Boolean) },
                    new Column { Name = "created_at", Ordinal = 6, RawType = "timestamp with time zone", Type = LogicalType.Of(LogicalTypeKind.DateTimeWithZone) },
                    new Column { Name = "updated_at", Ordinal = 7, RawType = "timestamp without time zone", Type = LogicalType.Of(LogicalTypeKind.DateTime), IsNullable = true },
                    new Column { Name = "due_date", Ordinal = 8, RawType = "date", Type = LogicalType.Of(LogicalTypeKind.Date), IsNullable = true },
                    new Column { Name = "external_id", Ordinal = 9, RawType = "uuid", Type = LogicalType.Of(LogicalTypeKind.Uuid) },
                    new Column { Name = "metadata", Ordinal = 10, RawType = "jsonb", Type = LogicalType.Of(LogicalTypeKind.Json), IsNullable = true },
                    new Column { Name = "tags", Ordinal = 11, RawType = "text[]", Type = LogicalType.ArrayOf(LogicalType.String()), IsNullable = true },
                    new Column { Name = "status", Ordinal = 12, RawType = "item_status", Type = LogicalType.EnumOf("public.item_status") },
                    new Column { Name = "doubled", Ordinal = 13, RawType = "numeric", Type = LogicalType.Decimal(), Generated = GeneratedKind.Stored, GeneratedExpression = "(price * (2)::numeric)", IsNullable = true },
                ],
                PrimaryKey = new PrimaryKey { Name = "pk_order_items", Columns = ["id"] },
                ForeignKeys = [new ForeignKey { Name = "fk_order_items_customer", Columns = ["customer_id"], PrincipalSchema = "public", PrincipalTable = "customers", PrincipalColumns = ["id"], OnDelete = ReferentialAction.Cascade }],
                UniqueConstraints = [new UniqueConstraint { Name = "ux_order_items_code", Columns = ["code"] }],
                CheckConstraints = [new CheckConstraint { Name = "ck_order_items_price", Expression = "(price >= (0)::numeric)" }],
                Indexes = [new TableIndex { Name = "ix_order_items_customer_created", Keys = [new IndexKey { Column = "customer_id" }, new IndexKey { Column = "created_at", IsDescending = true }] }],
            },
            new Table
            {
                Schema = "public",
                Name = "customers",
                Columns = [new Column { Name = "id", Ordinal = 1, RawType = "integer", Type = LogicalType.Of(LogicalTypeKind.Int32), Identity = IdentityKind.Always }],
                PrimaryKey = new PrimaryKey { Name = "customers_pkey", Columns = ["id"] },
            },
        ],
        Views =
        [
            new View
            {
                Schema = "public", Name = "active_items", Definition = " SELECT id FROM order_items WHERE is_active;",
                Columns = [new Column { Name = "id", Ordinal = 1, RawType = "bigint", Type = LogicalType.Of(LogicalTypeKind.Int64), IsNullable = true }],
            },
        ],
        Enums = [new EnumType { Schema = "public", Name = "item_status", Values = ["new", "shipped"] }],
        Domains = [new DomainType { Schema = "public", Name = "positive_int", RawBaseType = "integer", BaseType = LogicalType.Of(LogicalTypeKind.Int32), IsNotNull = true }],
        Sequences = [new Sequence { Schema = "public", Name = "invoice_numbers", DataType = "bigint", StartValue = 1000, Increment = 1, MinValue = 1, MaxValue = long.MaxValue, CacheSize = 1 }],
    };
}
