using System.Collections;
using System.Globalization;
using DataFlow.Schema;

namespace DataFlow.Data;

/// <summary>Builds typed CLR arrays (<c>int[]</c>, <c>string[]</c>, ...) for PostgreSQL array columns, element by element.</summary>
internal static class ArrayValues
{
    /// <summary>The typed array of <paramref name="items"/>, each checked against the column's element type.</summary>
    /// <exception cref="DataFlowDataException">An element has the wrong type; the path names its index.</exception>
    public static Array ToTypedArray(Column column, IEnumerable items, string path)
    {
        var element = column with { Type = column.Type.ElementType ?? LogicalType.Of(LogicalTypeKind.Unknown), RawType = column.RawType.TrimEnd('[', ']') };
        var values = new List<object?>();
        Type? clrType = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            var argument = ValueCoercer.Coerce(element, item, itemPath);
            if (argument.Kind != ParameterKind.Inferred && element.Type.Kind != LogicalTypeKind.String)
            {
                throw ValueCoercer.Wrong(column, itemPath, $"an element of type {element.Type} as a CLR value (text is not accepted inside arrays of this type)", item);
            }

            if (argument.Value is { } value)
            {
                clrType ??= value.GetType();
                if (value.GetType() != clrType)
                {
                    throw ValueCoercer.Wrong(column, itemPath, "elements of one type", item);
                }
            }

            values.Add(argument.Value);
            index++;
        }

        clrType ??= element.Type.Kind == LogicalTypeKind.String ? typeof(string) : typeof(object);
        var hasNull = values.Contains(null);
        var arrayType = hasNull && clrType.IsValueType ? typeof(Nullable<>).MakeGenericType(clrType) : clrType;
        var array = Array.CreateInstance(arrayType, values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            array.SetValue(values[i], i);
        }

        return array;
    }
}
