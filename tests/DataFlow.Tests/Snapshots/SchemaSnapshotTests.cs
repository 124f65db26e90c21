using DataFlow.Schema;
using DataFlow.Snapshots;
using DataFlow.Tests.Schema;

namespace DataFlow.Tests.Snapshots;

public class SchemaSnapshotTests
{
    [Fact]
    public void Json_round_trip_gives_an_equal_schema()
    {
        var schema = SampleSchemas.Everything();
        var back = SchemaSnapshot.FromJson(SchemaSnapshot.ToJson(schema));
        // The snapshot is written in canonical order; compare with the canonical form of the input.
        Assert.Equal(SchemaSnapshot.ComputeHash(schema), SchemaSnapshot.ComputeHash(back));
        Assert.Equal(SchemaSnapshot.FromJson(SchemaSnapshot.ToJson(back)), back);
        Assert.Equal("customer", back.Tables[0].Name);
        Assert.Equal(LogicalType.ArrayOf(LogicalType.String()), back.FindTable("sales.order")!.FindColumn("tags")!.Type);
    }

    [Fact]
    public void Equal_schemas_give_byte_identical_json_whatever_their_list_order()
    {
        var schema = SampleSchemas.Everything();
        var reordered = schema with { Tables = schema.Tables.Reverse().ToEquatableArray() };
        Assert.Equal(SchemaSnapshot.ToJson(schema), SchemaSnapshot.ToJson(reordered));
        Assert.Equal(SchemaSnapshot.ComputeHash(schema), SchemaSnapshot.ComputeHash(reordered));
    }

    [Fact]
    public void Hash_changes_when_anything_changes()
    {
        var schema = SampleSchemas.Everything();
        var table = schema.Tables[0];
        var changed = schema with { Tables = [table with { Columns = [.. table.Columns.Select(c => c with { IsNullable = !c.IsNullable })] }, schema.Tables[1]] };
        Assert.NotEqual(SchemaSnapshot.ComputeHash(schema), SchemaSnapshot.ComputeHash(changed));
        Assert.NotEqual(schema, changed);
        Assert.StartsWith("sha256:", SchemaSnapshot.ComputeHash(schema), StringComparison.Ordinal);
        Assert.Equal(71, SchemaSnapshot.ComputeHash(schema).Length);
    }

    [Fact]
    public void Snapshot_has_format_marker_version_hash_unix_newlines_and_no_timestamp()
    {
        var json = SchemaSnapshot.ToJson(SampleSchemas.Everything());
        Assert.Contains("\"format\": \"dataflow-schema-snapshot\"", json, StringComparison.Ordinal);
        Assert.Contains("\"formatVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"schemaHash\": \"sha256:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-", json, StringComparison.Ordinal);
        Assert.Contains("«unicode»", json, StringComparison.Ordinal);
        Assert.Contains("\"identity\": \"always\"", json, StringComparison.Ordinal);
        Assert.Contains("\"onDelete\": \"cascade\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snapshot_files_round_trip()
    {
        var path = Path.Combine(Path.GetTempPath(), "dataflow-snap-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var schema = SampleSchemas.Everything();
            await SchemaSnapshot.WriteAsync(schema, path);
            var back = await SchemaSnapshot.ReadAsync(path);
            Assert.Equal(SchemaSnapshot.ToJson(schema), await File.ReadAllTextAsync(path));
            Assert.Equal(SchemaSnapshot.ComputeHash(schema), SchemaSnapshot.ComputeHash(back));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("not json at all", ErrorCodes.InvalidSnapshot)]
    [InlineData("[1,2]", ErrorCodes.InvalidSnapshot)]
    [InlineData("{\"format\":\"something-else\",\"formatVersion\":1,\"schema\":{\"dialect\":\"sqlite\"}}", ErrorCodes.InvalidSnapshot)]
    [InlineData("{\"format\":\"dataflow-schema-snapshot\",\"schema\":{\"dialect\":\"sqlite\"}}", ErrorCodes.InvalidSnapshot)]
    [InlineData("{\"format\":\"dataflow-schema-snapshot\",\"formatVersion\":99,\"schema\":{\"dialect\":\"sqlite\"}}", ErrorCodes.UnsupportedSnapshotVersion)]
    [InlineData("{\"format\":\"dataflow-schema-snapshot\",\"formatVersion\":1}", ErrorCodes.InvalidSnapshot)]
    [InlineData("{\"format\":\"dataflow-schema-snapshot\",\"formatVersion\":1,\"schema\":{\"dialect\":\"sqlite\",\"tablez\":[]}}", ErrorCodes.InvalidSnapshot)]
    [InlineData("{\"format\":\"dataflow-schema-snapshot\",\"formatVersion\":1,\"schema\":{\"tables\":[]}}", ErrorCodes.InvalidSnapshot)]
    public void Bad_snapshots_get_a_coded_error(string json, string code)
    {
        var error = Assert.ThrowsAny<DataFlowException>(() => SchemaSnapshot.FromJson(json, "bad.json"));
        Assert.Equal(code, error.Code);
        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_snapshot_file_is_a_coded_error()
    {
        var error = await Assert.ThrowsAsync<DataFlowException>(() => SchemaSnapshot.ReadAsync("/nonexistent/snap.json"));
        Assert.Equal(ErrorCodes.InvalidSnapshot, error.Code);
    }
}
