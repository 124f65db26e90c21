using DataFlow.Schema;

namespace DataFlow.Tests.Dialects.Postgres;

/// <summary>
/// Columns whose type is a relation's row type: the catalog reads no column to find the types in use, so
/// these come from pg_depend (a table's row type) or from initdb's types (a system catalog's row type).
/// </summary>
public sealed class RowTypeColumnDiscoveryTests(RowTypeColumnDiscoveryTests.Database db) : IClassFixture<RowTypeColumnDiscoveryTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE SCHEMA archive;
            CREATE TABLE parent (id integer PRIMARY KEY, name text);
            CREATE TABLE archive.snapshot (id integer);
            CREATE DOMAIN parents AS parent[];
            CREATE TABLE holder (whole parent, many parent[], via_domain parents, other archive.snapshot, catalog_row pg_class);
            """;
    }

    private Column Column(string name) => db.Column("public.holder", name);

    [Fact]
    public void Column_of_a_table_row_type_keeps_the_raw_type_and_is_unknown()
    {
        Assert.Equal("parent", Column("whole").RawType);
        Assert.Equal(LogicalTypeKind.Unknown, Column("whole").Type.Kind);
        Assert.Equal("archive.snapshot", Column("other").RawType);
    }

    [Fact]
    public void Array_and_domain_of_a_row_type_map_to_arrays_of_unknown()
    {
        Assert.Equal("parent[]", Column("many").RawType);
        Assert.Equal(LogicalType.ArrayOf(LogicalType.Of(LogicalTypeKind.Unknown)), Column("many").Type);
        Assert.Equal("parents", Column("via_domain").RawType);
        Assert.Equal(LogicalType.ArrayOf(LogicalType.Of(LogicalTypeKind.Unknown)), Column("via_domain").Type);
    }

    [Fact]
    public void Each_row_type_is_named_in_its_unknown_type_warning()
    {
        var warnings = db.Schema.Warnings.Where(w => w.Code == ErrorCodes.UnknownColumnType).ToList();
        Assert.Equal(["archive.snapshot", "parent", "pg_class"], warnings.Select(w => w.ObjectName).Order(StringComparer.Ordinal));
        // whole, many and via_domain (a domain over an array of it).
        Assert.Contains("3 columns use it", warnings.Single(w => w.ObjectName == "parent").Message, StringComparison.Ordinal);
        Assert.Contains("1 column uses it", warnings.Single(w => w.ObjectName == "pg_class").Message, StringComparison.Ordinal);
    }
}
