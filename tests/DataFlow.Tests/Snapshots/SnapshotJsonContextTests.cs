using System.Text.Json;
using DataFlow.Schema;
using DataFlow.Snapshots;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;
using DataFlow.Tests.Schema;

namespace DataFlow.Tests.Snapshots;

/// <summary>
/// The snapshot reads and writes through source-generated metadata (<see cref="SnapshotJsonContext"/>); its output must be
/// exactly what reflection-based metadata gives, and it must cover every type of the schema model.
/// </summary>
public class SnapshotJsonContextTests
{
    private static readonly JsonSerializerOptions ReflectionIndented = SchemaSnapshot.CreateOptions(indented: true, reflectionOnly: true);
    private static readonly JsonSerializerOptions ReflectionCompact = SchemaSnapshot.CreateOptions(indented: false, reflectionOnly: true);

    public static TheoryData<string> SqliteFixtures => new(SqliteFixture.Names);

    [Fact]
    public void Generated_metadata_writes_and_reads_every_kind_of_object_exactly_as_reflection_does()
    {
        AssertSameAsReflection(SampleSchemas.Everything());
    }

    [Fact]
    public void Strings_with_spaces_quotes_backslashes_and_line_breaks_keep_their_hash_through_the_one_serialization_path()
    {
        var schema = SampleSchemas.Everything();
        var table = schema.Tables[0] with { Comment = "  two  spaces, \"quoted\" \\\" and a trailing backslash \\", Name = "odd \"name\"\n\twith\\" };

        AssertSameAsReflection(schema with { Tables = [table, schema.Tables[1]] });
    }

    [Theory]
    [MemberData(nameof(SqliteFixtures))]
    public async Task Generated_metadata_writes_fixture_snapshots_exactly_as_reflection_does(string fixture)
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fixture, "sqlite", "schema.sql")));

        AssertSameAsReflection(await db.DiscoverAsync());
    }

    [Fact]
    public void Every_type_of_the_schema_model_has_generated_metadata()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(DatabaseSchema)]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            Assert.True(SnapshotJsonContext.Default.GetTypeInfo(type) is not null, $"{type.Name} has no generated metadata: add it to SnapshotJsonContext");
            foreach (var property in type.GetProperties())
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(EquatableArray<>))
                {
                    propertyType = propertyType.GetGenericArguments()[0];
                }

                if (propertyType.Namespace == typeof(DatabaseSchema).Namespace && propertyType.IsClass)
                {
                    pending.Push(propertyType);
                }
            }
        }

        Assert.Contains(typeof(IndexKey), seen);
    }

    private static void AssertSameAsReflection(DatabaseSchema schema)
    {
        var json = SchemaSnapshot.ToJson(schema);
        var canonical = DataFlow.Discovery.SchemaCanonicalizer.Canonicalize(schema);
        var hash = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical, ReflectionCompact)));
        var document = new SchemaSnapshot.SnapshotDocument(SchemaSnapshot.FormatName, SchemaSnapshot.FormatVersion, hash, canonical);

        Assert.Equal(hash, SchemaSnapshot.ComputeHash(schema));
        Assert.Equal(JsonSerializer.Serialize(document, ReflectionIndented) + "\n", json);
        Assert.Equal(canonical, SchemaSnapshot.FromJson(json));

        // The scaffold's one-serialization path gives the same document and hash.
        var (utf8, renderedHash) = SchemaSnapshot.Render(schema);
        Assert.Equal(hash, renderedHash);
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(utf8));
    }
}
