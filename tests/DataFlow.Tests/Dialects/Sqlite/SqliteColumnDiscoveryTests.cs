using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteColumnDiscoveryTests
{
    [Fact]
    public async Task Columns_come_back_in_order_with_raw_type_nullability_and_default_as_stored()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE item (
                id INTEGER NOT NULL,
                title NVARCHAR(160) NOT NULL DEFAULT 'untitled',
                price DECIMAL(10, 2) DEFAULT (0.5 * 2),
                created TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                note varchar ( 20 ),
                qty INT DEFAULT -1,
                untyped
            );
            """);

        var table = schema.Table("item");
        Assert.Equal(["id", "title", "price", "created", "note", "qty", "untyped"], table.Columns.Select(c => c.Name));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], table.Columns.Select(c => c.Ordinal));
        Assert.Equal(["INTEGER", "NVARCHAR(160)", "DECIMAL(10, 2)", "TIMESTAMP", "varchar ( 20 )", "INT", ""], table.Columns.Select(c => c.RawType));
        Assert.Equal([false, false, true, true, true, true, true], table.Columns.Select(c => c.IsNullable));
        // pragma_table_xinfo reports the default as SQLite stores it: without the outer parentheses of "(0.5 * 2)".
        Assert.Equal([null, "'untitled'", "0.5 * 2", "CURRENT_TIMESTAMP", null, "-1", null], table.Columns.Select(c => c.Default));
        Assert.Equal(LogicalType.String(160), table.Column("title").Type);
        Assert.Equal(LogicalType.Decimal(10, 2), table.Column("price").Type);
        Assert.Equal(LogicalType.String(20), table.Column("note").Type);
        Assert.Equal(LogicalTypeKind.Unknown, table.Column("untyped").Type.Kind);
        Assert.Null(table.PrimaryKey);
        Assert.All(table.Columns, c => Assert.Equal(IdentityKind.None, c.Identity));
    }

    [Fact]
    public async Task Column_without_a_declared_type_is_unknown_and_reported()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE kv (key, value TEXT);");

        var warning = Assert.Single(schema.Warnings);
        Assert.Equal(ErrorCodes.UnknownColumnType, warning.Code);
        Assert.Equal("column", warning.ObjectKind);
        Assert.Equal("kv.key", warning.ObjectName);
    }

    [Fact]
    public async Task Virtual_and_stored_generated_columns_keep_their_expressions()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE box (
                w REAL NOT NULL,
                h REAL NOT NULL,
                area REAL GENERATED ALWAYS AS (w * h) VIRTUAL,
                label TEXT AS ('box ' || (w || 'x' || h)) STORED,
                half AS (w / 2)
            );
            """);

        var table = schema.Table("box");
        Assert.Equal(["w", "h", "area", "label", "half"], table.Columns.Select(c => c.Name));
        Assert.Equal([GeneratedKind.None, GeneratedKind.None, GeneratedKind.Virtual, GeneratedKind.Stored, GeneratedKind.Virtual], table.Columns.Select(c => c.Generated));
        Assert.Equal([null, null, "w * h", "'box ' || (w || 'x' || h)", "w / 2"], table.Columns.Select(c => c.GeneratedExpression));
        Assert.Equal("REAL", table.Column("area").RawType);
        Assert.Equal("", table.Column("half").RawType);
    }

    [Fact]
    public async Task Collate_clauses_are_kept_and_binary_is_the_default()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE person (
                a TEXT COLLATE NOCASE,
                b TEXT NOT NULL COLLATE RTRIM DEFAULT '',
                c TEXT COLLATE BINARY,
                d TEXT COLLATE "nocase",
                e TEXT
            );
            """);

        var table = schema.Table("person");
        Assert.Equal(["NOCASE", "RTRIM", null, "nocase", null], table.Columns.Select(c => c.Collation));
    }

    [Fact]
    public async Task Strict_table_is_annotated_and_any_is_unknown()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE s (id INTEGER PRIMARY KEY, n INT NOT NULL, t TEXT, payload ANY) STRICT;");

        var table = schema.Table("s");
        Assert.Equal([new Annotation(AnnotationNames.SqliteStrict, "true")], table.Annotations);
        Assert.Equal(LogicalTypeKind.Unknown, table.Column("payload").Type.Kind);
        Assert.Equal("ANY", table.Column("payload").RawType);
        Assert.Equal(IdentityKind.RowIdAlias, table.Column("id").Identity);
    }

    [Fact]
    public async Task Strict_without_rowid_table_has_both_annotations()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE sw (k TEXT PRIMARY KEY, v BLOB) STRICT, WITHOUT ROWID;");

        Assert.Equal(
            [new Annotation(AnnotationNames.SqliteStrict, "true"), new Annotation(AnnotationNames.SqliteWithoutRowId, "true")],
            schema.Table("sw").Annotations);
    }

    [Fact]
    public async Task Declared_types_map_to_logical_types_through_discovery()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE t (a BIGINT, b SMALLINT, c MEDIUMINT, d CHAR(3), e BOOLEAN, f DATE, g DATETIME, h TIME,
                            i BLOB, j UUID, k JSON, l DOUBLE PRECISION, m "UNSIGNED BIG INT", n MONEY);
            """);

        var kinds = schema.Table("t").Columns.Select(c => c.Type.Kind);
        Assert.Equal(
            [LogicalTypeKind.Int64, LogicalTypeKind.Int16, LogicalTypeKind.Int32, LogicalTypeKind.String, LogicalTypeKind.Boolean,
             LogicalTypeKind.Date, LogicalTypeKind.DateTime, LogicalTypeKind.Time, LogicalTypeKind.Binary, LogicalTypeKind.Uuid,
             LogicalTypeKind.Json, LogicalTypeKind.Float64, LogicalTypeKind.Int64, LogicalTypeKind.Decimal],
            kinds);
        Assert.True(schema.Table("t").Column("d").Type.IsFixedLength);
    }
}
