using DataFlow.Dialects.Sqlite;
using DataFlow.Schema;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteTypeMapperTests
{
    [Theory]
    [InlineData("INTEGER", "int64")]
    [InlineData("int", "int64")]
    [InlineData("BIGINT", "int64")]
    [InlineData("INT8", "int64")]
    [InlineData("UNSIGNED BIG INT", "int64")]
    [InlineData("INTEGER(11)", "int64")]
    [InlineData("SMALLINT", "int16")]
    [InlineData("INT2", "int16")]
    [InlineData("TINYINT", "int16")]
    [InlineData("MEDIUMINT", "int32")]
    [InlineData("VARCHAR(255)", "string(255)")]
    [InlineData("nvarchar ( 160 )", "string(160)")]
    [InlineData("CHARACTER VARYING(20)", "string(20)")]
    [InlineData("VARCHAR", "string")]
    [InlineData("TEXT", "string")]
    [InlineData("CLOB", "string")]
    [InlineData("NATIONAL VARCHAR(12)", "string(12)")]
    [InlineData("BLOB SUB_TYPE TEXT", "string")]
    [InlineData("NUMERIC(10,2)", "decimal(10,2)")]
    [InlineData("DECIMAL(5, 2)", "decimal(5,2)")]
    [InlineData("NUMERIC", "decimal")]
    [InlineData("REAL", "float64")]
    [InlineData("DOUBLE", "float64")]
    [InlineData("double precision", "float64")]
    [InlineData("FLOAT", "float64")]
    [InlineData("FLOATING POINT", "int64")] // SQLite's own documented example: "POINT" contains "INT"
    [InlineData("FLOAT8", "float64")]
    [InlineData("BOOLEAN", "boolean")]
    [InlineData("BOOL", "boolean")]
    [InlineData("DATE", "date")]
    [InlineData("DATETIME", "datetime")]
    [InlineData("TIMESTAMP", "datetime")]
    [InlineData("TIMESTAMP(3)", "datetime(3)")]
    [InlineData("TIME", "time")]
    [InlineData("TIMESTAMP WITH TIME ZONE", "datetime with zone")]
    [InlineData("BLOB", "binary")]
    [InlineData("bytea", "binary")]
    [InlineData("VARBINARY(16)", "binary(16)")]
    [InlineData("UUID", "uuid")]
    [InlineData("GUID", "uuid")]
    [InlineData("UNIQUEIDENTIFIER", "uuid")]
    [InlineData("JSON", "json")]
    [InlineData("JSONB", "json")]
    [InlineData("POINTINT", "int64")]
    [InlineData("STRINGY", "decimal")]
    [InlineData("MONEY(12,4)", "decimal(12,4)")]
    [InlineData("", "unknown")]
    [InlineData("  ", "unknown")]
    [InlineData("ANY", "unknown")]
    public void Declared_type_maps_to_the_logical_type(string declared, string expected)
    {
        Assert.Equal(expected, SqliteTypeMapper.Map(declared).ToString());
    }

    [Theory]
    [InlineData("CHAR(3)", true)]
    [InlineData("NCHAR(10)", true)]
    [InlineData("CHARACTER(2)", true)]
    [InlineData("NATIVE CHARACTER(70)", true)]
    [InlineData("VARCHAR(3)", false)]
    [InlineData("TEXT", false)]
    public void Fixed_length_is_set_for_char_types_only(string declared, bool isFixed)
    {
        var type = SqliteTypeMapper.Map(declared);

        Assert.Equal(LogicalTypeKind.String, type.Kind);
        Assert.Equal(isFixed, type.IsFixedLength);
    }

    [Fact]
    public void Length_too_large_for_an_int_is_left_unbounded()
    {
        Assert.Equal(LogicalType.String(), SqliteTypeMapper.Map("VARCHAR(99999999999)"));
    }
}
