using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using DataFlow.Schema;
using DataFlow.Snapshots.Binary;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;
using DataFlow.Tests.Schema;

namespace DataFlow.Tests.Snapshots;

/// <summary>
/// The private binary form of the schema model (the model cache's): every member of every record survives a round trip.
/// The schema is filled by reflection, so a member added to the model later and forgotten by the codec fails here.
/// </summary>
public sealed class SchemaBinaryTests
{
    private static int s_next;

    public static TheoryData<string> SqliteFixtures => new(SqliteFixture.Names);

    [Fact]
    public void Every_member_of_the_schema_model_survives_a_round_trip()
    {
        var schema = (DatabaseSchema)Filled(typeof(DatabaseSchema), depth: 0);
        AssertEveryMemberSet(schema);
        Assert.Equal(schema, RoundTrip(schema));
    }

    [Fact]
    public void The_sample_schema_with_every_kind_of_object_survives_a_round_trip()
    {
        var schema = SampleSchemas.Everything();
        Assert.Equal(schema, RoundTrip(schema));
    }

    [Theory]
    [MemberData(nameof(SqliteFixtures))]
    public async Task Discovered_fixture_schemas_survive_a_round_trip(string fixture)
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fixture, "sqlite", "schema.sql")));
        var schema = await db.DiscoverAsync();
        Assert.NotEmpty(schema.Tables);
        Assert.Equal(schema, RoundTrip(schema));
    }

    [Fact]
    public void Empty_and_null_members_stay_empty_and_null()
    {
        var schema = new DatabaseSchema
        {
            Dialect = "sqlite",
            Tables = [new Table { Name = "t", Columns = [new Column { Name = "c", Ordinal = 1, RawType = "TEXT", Type = LogicalType.Of(LogicalTypeKind.String) }] }],
        };
        var read = RoundTrip(schema);
        Assert.Equal(schema, read);
        Assert.Null(read.Tables[0].Schema);
        Assert.Null(read.Tables[0].PrimaryKey);
        Assert.Null(read.Tables[0].Columns[0].Type.Length);
    }

    [Fact]
    public void Truncated_input_is_an_end_of_stream_error()
    {
        var bytes = Write((DatabaseSchema)Filled(typeof(DatabaseSchema), depth: 0));
        using var input = new BinaryReader(new MemoryStream(bytes[..(bytes.Length / 2)]));
        Assert.Throws<EndOfStreamException>(() => new SchemaBinaryReader(input).ReadSchema());
    }

    [Fact]
    public void An_enum_value_out_of_range_is_invalid_data()
    {
        var table = new Table { Name = "t", Columns = [new Column { Name = "c", Ordinal = 1, RawType = "x", Type = LogicalType.Of(LogicalTypeKind.String) }] };
        using var buffer = new MemoryStream();
        using (var output = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            new SchemaBinaryWriter(output).Write(table);
        }

        // The column's logical type kind is the first int after its name, ordinal and raw type.
        var bytes = buffer.ToArray();
        var kindAt = IndexOf(bytes, [1, (byte)'x']) + 2;
        BitConverter.GetBytes(999).CopyTo(bytes, kindAt);
        using var input = new BinaryReader(new MemoryStream(bytes));
        var error = Assert.Throws<InvalidDataException>(() => new SchemaBinaryReader(input).ReadTable());
        Assert.Contains("LogicalTypeKind 999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_enum_bounds_the_reader_checks_are_the_last_members()
    {
        // The reader checks enum values against their last member without reflection; a member added later must move it.
        Assert.Equal(LogicalTypeKind.Enum, Enum.GetValues<LogicalTypeKind>().Max());
        Assert.Equal(IdentityKind.RowIdAlias, Enum.GetValues<IdentityKind>().Max());
        Assert.Equal(GeneratedKind.Virtual, Enum.GetValues<GeneratedKind>().Max());
        Assert.Equal(ReferentialAction.SetDefault, Enum.GetValues<ReferentialAction>().Max());
    }

    private static DatabaseSchema RoundTrip(DatabaseSchema schema)
    {
        using var input = new BinaryReader(new MemoryStream(Write(schema)));
        var read = new SchemaBinaryReader(input).ReadSchema();
        Assert.Equal(input.BaseStream.Length, input.BaseStream.Position);
        return read;
    }

    private static byte[] Write(DatabaseSchema schema)
    {
        using var buffer = new MemoryStream();
        using (var output = new BinaryWriter(buffer))
        {
            new SchemaBinaryWriter(output).Write(schema);
        }

        return buffer.ToArray();
    }

    private static int IndexOf(byte[] bytes, byte[] pattern) => bytes.AsSpan().IndexOf(pattern);

    // Every settable member gets a value that differs from its default (lists get two items).
    private static object Filled(Type type, int depth)
    {
        if (type == typeof(Annotation))
        {
            return new Annotation("name" + depth, "value" + depth);
        }

        var instance = Activator.CreateInstance(type)!;
        foreach (var property in Settable(type))
        {
            // A logical type's element type is filled one level deep (its own element type stays null).
            var nestedElement = type == typeof(LogicalType) && property.Name == nameof(LogicalType.ElementType) && depth > 50;
            property.SetValue(instance, nestedElement ? null : Value(property.PropertyType, property.Name, type == typeof(LogicalType) ? depth + 50 : depth));
        }

        return instance;
    }

    // Each number and text is different from every other (a codec that swapped two members of one type would fail),
    // and booleans alternate.
    private static object? Value(Type type, string name, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var next = Interlocked.Increment(ref s_next);
        if (underlying == typeof(string))
        {
            return name + "-" + depth + "-" + next;
        }

        if (underlying == typeof(int))
        {
            return next;
        }

        if (underlying == typeof(long))
        {
            return 1_000_000L + next;
        }

        if (underlying == typeof(bool))
        {
            return next % 2 == 0;
        }

        if (underlying.IsEnum)
        {
            // Not the default (0), and different members for different calls where the enum has them.
            var members = Enum.GetValues(underlying).Cast<object>().Skip(1).ToList();
            return members[next % members.Count];
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var element = underlying.GetGenericArguments()[0];
            var items = Array.CreateInstance(element, 2);
            items.SetValue(Value(element, name + "0", depth + 1), 0);
            items.SetValue(Value(element, name + "1", depth + 1), 1);
            var immutable = typeof(ImmutableArray).GetMethods().First(m => m.Name == "Create" && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element).Invoke(null, [items]);
            return Activator.CreateInstance(underlying, immutable);
        }

        return Filled(underlying, depth + 1);
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && p.Name != "EqualityContract");

    private static void AssertEveryMemberSet(object instance, bool isElementType = false)
    {
        foreach (var property in Settable(instance.GetType()))
        {
            var value = property.GetValue(instance);
            if (isElementType && property.Name == nameof(LogicalType.ElementType))
            {
                continue; // the element type of an element type is left out
            }

            Assert.True(value is not null && !(value is IEnumerable list && value is not string && !list.Cast<object>().Any()), $"{instance.GetType().Name}.{property.Name} is not set");
            if (value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    if (item is not string)
                    {
                        AssertEveryMemberSet(item);
                    }
                }
            }
            else if (value is not string && !value!.GetType().IsValueType)
            {
                AssertEveryMemberSet(value, isElementType: property.Name == nameof(LogicalType.ElementType));
            }
        }
    }
}
