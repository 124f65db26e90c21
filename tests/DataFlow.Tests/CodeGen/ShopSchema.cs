using DataFlow.Schema;

namespace DataFlow.Tests.CodeGen;

/// <summary>A small hand-built PostgreSQL-like schema that exercises every scaffold rule.</summary>
internal static class ShopSchema
{
    public static Column Col(string name, int ordinal, LogicalType type, string raw, bool nullable = false) =>
        new() { Name = name, Ordinal = ordinal, RawType = raw, Type = type, IsNullable = nullable };

    public static Table Users() => new()
    {
        Schema = "public",
        Name = "users",
        Comment = "People who can sign in.",
        Columns = new([
            Col("id", 1, LogicalType.Of(LogicalTypeKind.Int32), "integer") with { Identity = IdentityKind.Always },
            Col("email", 2, LogicalType.String(200), "character varying(200)") with { Comment = "Unique, <lower-case> & trimmed." },
            Col("nickname", 3, LogicalType.Of(LogicalTypeKind.String), "text", nullable: true),
            Col("mood", 4, LogicalType.EnumOf("public.mood"), "mood", nullable: true),
        ]),
        PrimaryKey = new PrimaryKey { Columns = new(["id"]) },
    };

    public static Table Documents() => new()
    {
        Schema = "public",
        Name = "documents",
        Columns = new([
            Col("tenant_id", 1, LogicalType.Of(LogicalTypeKind.Int64), "bigint"),
            Col("number", 2, LogicalType.Of(LogicalTypeKind.Int32), "integer"),
            Col("created_by_user_id", 3, LogicalType.Of(LogicalTypeKind.Int32), "integer"),
            Col("updated_by_user_id", 4, LogicalType.Of(LogicalTypeKind.Int32), "integer", nullable: true),
            Col("body", 5, LogicalType.Of(LogicalTypeKind.Json), "jsonb"),
            Col("tags", 6, LogicalType.ArrayOf(LogicalType.Of(LogicalTypeKind.String)), "text[]", nullable: true),
            Col("search", 7, LogicalType.Of(LogicalTypeKind.Unknown), "tsvector", nullable: true),
            Col("total", 8, LogicalType.Decimal(10, 2), "numeric(10,2)") with { Generated = GeneratedKind.Stored, GeneratedExpression = "1" },
        ]),
        PrimaryKey = new PrimaryKey { Columns = new(["tenant_id", "number"]) },
        ForeignKeys = new([
            new ForeignKey { Columns = new(["created_by_user_id"]), PrincipalSchema = "public", PrincipalTable = "users", PrincipalColumns = new(["id"]) },
            new ForeignKey { Columns = new(["updated_by_user_id"]), PrincipalSchema = "public", PrincipalTable = "users", PrincipalColumns = new(["id"]) },
        ]),
    };

    public static EnumType Mood() => new() { Schema = "public", Name = "mood", Values = new(["happy", "so-so", "class"]) };

    public static View ActiveUsers() => new()
    {
        Schema = "public",
        Name = "active_users",
        Definition = "SELECT id FROM users",
        Columns = new([Col("id", 1, LogicalType.Of(LogicalTypeKind.Int32), "integer", nullable: true)]),
    };

    public static DatabaseSchema Create() => new()
    {
        Dialect = "postgresql",
        Tables = new([Users(), Documents()]),
        Views = new([ActiveUsers()]),
        Enums = new([Mood()]),
    };
}
