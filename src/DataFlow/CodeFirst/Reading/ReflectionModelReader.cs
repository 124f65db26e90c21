using System.Collections.Concurrent;
using System.Reflection;

namespace DataFlow.CodeFirst.Reading;

/// <summary>
/// Reads CLR types as <see cref="ModelTypeData"/> through <see cref="CustomAttributeData"/>, so that attributes are
/// matched by name and never instantiated (types from another load context read the same). Initial values come from
/// an instance made with the parameterless constructor, when there is one. A type is read once per process (types
/// cannot change while it runs; a collectible type, from an assembly loaded for reading, is not kept): registering a
/// model and migrating the set it belongs to read it once, and its property getters are called once, through
/// reflection's interpreter, instead of twice (the second call emits and JIT-compiles an invoke stub per getter).
/// </summary>
internal static class ReflectionModelReader
{
    private static readonly ConcurrentDictionary<Type, (ModelTypeData Data, IReadOnlyList<Type> Enums)> Cache = new();

    /// <summary>Reads <paramref name="types"/> and the enums their properties use.</summary>
    public static IReadOnlyList<ModelTypeData> Read(IEnumerable<Type> types)
    {
        var result = new List<ModelTypeData>();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(types);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            var (data, enums) = type.Assembly.IsCollectible ? ReadType(type) : Cache.GetOrAdd(type, ReadType);
            result.Add(data);
            foreach (var used in enums)
            {
                pending.Enqueue(used);
            }
        }

        return result;
    }

    private static (ModelTypeData Data, IReadOnlyList<Type> Enums) ReadType(Type type)
    {
        if (type.IsEnum)
        {
            return (ReadEnum(type), []);
        }

        var properties = ReadProperties(type, out var enums);
        return (new ModelTypeData(type.Name, IsEnum: false, Attributes(type.GetCustomAttributesData()), properties, []), enums);
    }

    private static ModelTypeData ReadEnum(Type type)
    {
        var members = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(f => f.MetadataToken)
            .Select(f => new ModelEnumMemberData(
                f.Name,
                Attributes(f.GetCustomAttributesData()).FirstOrDefault(a => a.Name == "EnumMember")?.NamedText("Value"),
                Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new ModelTypeData(type.Name, IsEnum: true, Attributes(type.GetCustomAttributesData()), [], members);
    }

    private static List<ModelPropertyData> ReadProperties(Type type, out List<Type> enums)
    {
        enums = [];
        var instance = CreateInstance(type);
        var nullability = new NullabilityInfoContext();
        var properties = new List<ModelPropertyData>();
        foreach (var property in DeclarationOrder(type))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null || property.SetMethod is null)
            {
                continue;
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var element = propertyType.IsArray ? propertyType.GetElementType()! : propertyType;
            if (element.IsEnum)
            {
                enums.Add(element);
            }

            var isNullable = Nullable.GetUnderlyingType(property.PropertyType) is not null ||
                             (!property.PropertyType.IsValueType && nullability.Create(property).WriteState != NullabilityState.NotNull);
            properties.Add(new ModelPropertyData(property.Name, TypeName(propertyType), isNullable, Attributes(property.GetCustomAttributesData()), Initial(instance, property)));
        }

        return properties;
    }

    // Base class properties first, each class's in declaration (metadata) order.
    private static IEnumerable<PropertyInfo> DeclarationOrder(Type type)
    {
        var chain = new Stack<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Push(t);
        }

        return chain.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken));
    }

    private static object? CreateInstance(Type type)
    {
        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        return Activator.CreateInstance(type);
    }

    // A value the constructor gave the property, unless it is the type's default (null, 0, false): an initialiser.
    private static ModelInitializer? Initial(object? instance, PropertyInfo property)
    {
        if (instance is null)
        {
            return null;
        }

        var value = property.GetValue(instance);
        if (value is string text)
        {
            return new ModelInitializer(text);
        }

        if (value is null || !(value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal) ||
            value.Equals(Activator.CreateInstance(value.GetType())))
        {
            return null;
        }

        return value.GetType().IsEnum ? new ModelInitializer(value.ToString()!, IsEnumMember: true) : new ModelInitializer(value);
    }

    /// <summary>The C# spelling the readers share: keywords for built-in types, simple names otherwise.</summary>
    public static string TypeName(Type type)
    {
        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return name + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
        }

        return type.FullName switch
        {
            "System.String" => "string",
            "System.Int16" => "short",
            "System.Int32" => "int",
            "System.Int64" => "long",
            "System.Single" => "float",
            "System.Double" => "double",
            "System.Decimal" => "decimal",
            "System.Boolean" => "bool",
            "System.Byte" => "byte",
            _ => type.Name,
        };
    }

    private static List<ModelAttributeData> Attributes(IEnumerable<CustomAttributeData> attributes) =>
        attributes.Select(a => new ModelAttributeData(
            ShortName(a.AttributeType.Name),
            a.ConstructorArguments.Select(Value).ToList(),
            a.NamedArguments.ToDictionary(n => n.MemberName, n => Value(n.TypedValue), StringComparer.Ordinal))).ToList();

    private static object? Value(CustomAttributeTypedArgument argument) => argument.Value switch
    {
        IReadOnlyCollection<CustomAttributeTypedArgument> items => items.Select(Value).ToArray(),
        { } value when argument.ArgumentType.IsEnum => Enum.GetName(argument.ArgumentType, value) ?? value.ToString(),
        var value => value,
    };

    private static string ShortName(string name) => name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
}
