using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Data;

/// <summary>Checks the fields of a record to write: every name a column, no value for a column the database computes.</summary>
internal static class RecordInput
{
    /// <summary>The record as an object, or a <c>DF-DATA-012</c> error.</summary>
    public static IReadOnlyDictionary<string, object?> AsObject(object? value, string path) =>
        ValueConversion.TryConvert<IReadOnlyDictionary<string, object?>>(JsonScalars.Unwrap(value), out var record) && record is not null
            ? record
            : throw DataFlowErrors.InvalidOperationOption(path, $"a record must be an object of column values, not {ParameterTypes.Describe(value)}", "Write { \"name\": \"Ada\", \"age\": 36 }.");

    /// <summary>The records of a bulk operation.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> AsRecords(object? value, string path)
    {
        value = JsonScalars.Unwrap(value);
        if (value is null || value is string || !ValueConversion.TryConvert<IReadOnlyList<object?>>(value, out var list) || list is null)
        {
            throw DataFlowErrors.InvalidOperationOption(path, $"expected a list of records, not {ParameterTypes.Describe(value)}", "Write data: [ { ... }, { ... } ].");
        }

        var records = new IReadOnlyDictionary<string, object?>[list.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = AsObject(list[i], $"{path}[{i}]");
        }

        return records;
    }

    /// <summary>
    /// The records of an Express call, which reads them once while it runs: dictionaries are used as they are (no
    /// copy of a million rows), anything else (anonymous objects, JSON) is normalized record by record.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>[] FromCaller(IEnumerable<object> records, string path)
    {
        var result = new List<IReadOnlyDictionary<string, object?>>(records is IReadOnlyCollection<object> known ? known.Count : 16);
        foreach (var record in records)
        {
            result.Add(record as IReadOnlyDictionary<string, object?> ?? AsObject(ValueNormalizer.Normalize(record), $"{path}[{result.Count}]"));
        }

        return [.. result];
    }

    /// <summary>The writable columns named by <paramref name="record"/>, in the record's order.</summary>
    /// <exception cref="DataFlowDataException">An unknown column (<c>DF-DATA-001</c>) or a computed one (<c>DF-DATA-006</c>).</exception>
    public static Column[] Columns(ModelMap model, IReadOnlyDictionary<string, object?> record, string path)
    {
        var columns = new Column[record.Count];
        var i = 0;
        foreach (var name in record.Keys)
        {
            var column = model.Column(name, path + "." + name);
            if (ModelMap.NotWritableReason(column) is { } reason)
            {
                throw DataFlowErrors.ColumnNotWritable(path + "." + name, name, reason);
            }

            columns[i++] = column;
        }

        return columns;
    }

    /// <summary>
    /// Copies the values of <paramref name="columns"/> from <paramref name="record"/> into <paramref name="values"/>;
    /// false when the record has other columns than exactly these (the end of a run of same-shaped records).
    /// </summary>
    public static bool TryFetch(IReadOnlyDictionary<string, object?> record, Column[] columns, object?[] values)
    {
        if (record.Count != columns.Length)
        {
            return false;
        }

        for (var c = 0; c < columns.Length; c++)
        {
            if (!record.TryGetValue(columns[c].Name, out values[c]))
            {
                return false;
            }
        }

        return true;
    }
}
