using DataFlow.Diff;
using DataFlow.Schema;

namespace DataFlow.Tests.Diff;

/// <summary>A small hand-built schema with one object of every kind, and helpers to change it.</summary>
internal static class DiffSchemas
{
    public static Column Int64(string name, int ordinal) => new() { Name = name, Ordinal = ordinal, RawType = "bigint", Type = LogicalType.Of(LogicalTypeKind.Int64) };

    public static Column Varchar(string name, int ordinal, int length, bool nullable = true) =>
        new() { Name = name, Ordinal = ordinal, RawType = $"character varying({length})", Type = LogicalType.String(length), IsNullable = nullable };

    public static DatabaseSchema Shop() => new()
    {
        Dialect = "postgresql",
        Tables =
        [
            new Table
            {
                Schema = "public", Name = "users",
                Columns = [Int64("id", 1), Varchar("email", 2, 200, nullable: false), Varchar("name", 3, 100)],
                PrimaryKey = new PrimaryKey { Name = "users_pkey", Columns = ["id"] },
                UniqueConstraints = [new UniqueConstraint { Columns = ["email"] }],
                Indexes = [new TableIndex { Name = "ix_users_name", Keys = [new IndexKey { Column = "name" }] }],
            },
            new Table
            {
                Schema = "public", Name = "orders",
                Columns = [Int64("id", 1), Int64("user_id", 2)],
                PrimaryKey = new PrimaryKey { Columns = ["id"] },
                ForeignKeys = [new ForeignKey { Columns = ["user_id"], PrincipalSchema = "public", PrincipalTable = "users", PrincipalColumns = ["id"] }],
                CheckConstraints = [new CheckConstraint { Expression = "id > 0" }],
            },
        ],
        Views = [new View { Schema = "public", Name = "user_emails", Definition = "SELECT email FROM users", Columns = [Varchar("email", 1, 200)] }],
        Enums = [new EnumType { Schema = "public", Name = "mood", Values = ["sad", "ok", "happy"] }],
        Domains = [new DomainType { Schema = "public", Name = "email", RawBaseType = "text", BaseType = LogicalType.String() }],
        Sequences = [new Sequence { Schema = "public", Name = "ticket_seq", DataType = "bigint", StartValue = 1, Increment = 1, MaxValue = long.MaxValue, MinValue = 1, CacheSize = 1 }],
    };

    public static DatabaseSchema WithTable(this DatabaseSchema schema, string name, Func<Table, Table> change) =>
        schema with { Tables = schema.Tables.Select(t => t.Name == name ? change(t) : t).ToEquatableArray() };

    public static Table WithColumn(this Table table, string name, Func<Column, Column> change) =>
        table with { Columns = table.Columns.Select(c => c.Name == name ? change(c) : c).ToEquatableArray() };

    /// <summary>One line per change: kind, action, path, property, and "!" when destructive.</summary>
    public static string[] Lines(this SchemaDiff diff) => diff.Changes.Select(Line).ToArray();

    public static string Line(SchemaChange c) =>
        $"{c.Kind} {c.Action} {c.Path}{(c.Property is null ? "" : " " + c.Property)}{(c.IsDestructive ? " !" : "")}";

    public static string[] Compare(DatabaseSchema from, DatabaseSchema to, DiffOptions? options = null) => SchemaDiffer.Compare(from, to, options).Lines();
}
