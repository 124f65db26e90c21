using System.Data.Common;
using DataFlow.Schema;

namespace DataFlow.Data;

/// <summary>
/// The columns of the rows one statement returns: names, the select list that reads them, and per-column read
/// converters. Shared by every <see cref="Record"/> of a result, so a record is one array of values.
/// </summary>
internal sealed class RecordShape
{
    private readonly Dictionary<string, int> _index;
    private readonly Func<object, object>?[] _converters;

    private RecordShape(string[] names, string selectList, Func<object, object>?[] converters)
    {
        Names = names;
        SelectList = selectList;
        _converters = converters;
        _index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            _index[names[i]] = i;
        }
    }

    /// <summary>A shape without columns.</summary>
    public static RecordShape Empty { get; } = new([], string.Empty, []);

    /// <summary>The column names, in select-list order.</summary>
    public string[] Names { get; }

    /// <summary>The select list (<c>"id", "name"</c>).</summary>
    public string SelectList { get; }

    /// <summary>The shape of <paramref name="columns"/> of <paramref name="model"/>.</summary>
    public static RecordShape For(ModelMap model, IEnumerable<Column> columns)
    {
        var list = columns.ToList();
        return new RecordShape(
            [.. list.Select(c => c.Name)],
            string.Join(", ", list.Select(model.Dialect.SelectItem)),
            [.. list.Select(model.Dialect.ReadConverter)]);
    }

    /// <summary>The position of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Reads the current row of <paramref name="reader"/> (whose columns are in this shape's order).</summary>
    public Record Read(IRowReader reader)
    {
        var values = new object?[Names.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var value = reader.GetValue(i);
            if (value is not null)
            {
                values[i] = _converters[i] is { } convert ? convert(value) : value;
            }
        }

        return new Record(this, values);
    }

    /// <summary>Reads the current row, whose columns in this shape's order start at <paramref name="offset"/>.</summary>
    public Record ReadAfter(DbDataReader reader, int offset)
    {
        var values = new object?[Names.Length];
        for (var i = 0; i < values.Length; i++)
        {
            // One driver call per column: GetValue answers DBNull for NULL on both drivers.
            var value = reader.GetValue(i + offset);
            if (value is not DBNull)
            {
                values[i] = _converters[i] is { } convert ? convert(value) : value;
            }
        }

        return new Record(this, values);
    }
}
