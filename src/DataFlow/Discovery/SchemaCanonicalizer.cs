using DataFlow.Schema;

namespace DataFlow.Discovery;

/// <summary>
/// Puts every list of a schema into one stable order (ordinal string comparison), so that the same
/// database always gives an equal model and a byte-identical snapshot, whatever order the catalogs used.
/// A list already in order is kept as it is, and so is a table none of whose lists moved: canonicalizing a
/// canonical schema (the snapshot writer does it again) copies nothing.
/// </summary>
internal static class SchemaCanonicalizer
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    public static DatabaseSchema Canonicalize(DatabaseSchema schema) => schema with
    {
        Tables = Sorted(Map(schema.Tables, Canonicalize), (x, y) => CompareNames(x.Schema, x.Name, y.Schema, y.Name)),
        Views = Sorted(Map(schema.Views, Canonicalize), (x, y) => CompareNames(x.Schema, x.Name, y.Schema, y.Name)),
        Enums = Sorted(schema.Enums, (x, y) => CompareNames(x.Schema, x.Name, y.Schema, y.Name)),
        Domains = Sorted(Map(schema.Domains, Canonicalize), (x, y) => CompareNames(x.Schema, x.Name, y.Schema, y.Name)),
        Sequences = Sorted(schema.Sequences, (x, y) => CompareNames(x.Schema, x.Name, y.Schema, y.Name)),
        Warnings = Sorted(schema.Warnings, CompareWarnings),
    };

    private static Table Canonicalize(Table table)
    {
        var columns = ByOrdinal(table.Columns);
        var foreignKeys = Sorted(table.ForeignKeys, CompareForeignKeys);
        var uniqueConstraints = Sorted(table.UniqueConstraints, (x, y) =>
        {
            var order = Ordinal.Compare(x.Name ?? string.Empty, y.Name ?? string.Empty);
            return order != 0 ? order : CompareJoined(x.Columns, y.Columns);
        });
        var checkConstraints = Sorted(table.CheckConstraints);
        var indexes = Sorted(table.Indexes);
        var annotations = Sorted(table.Annotations, (x, y) => Ordinal.Compare(x.Name, y.Name));
        if (Same(columns, table.Columns) && Same(foreignKeys, table.ForeignKeys) && Same(uniqueConstraints, table.UniqueConstraints)
            && Same(checkConstraints, table.CheckConstraints) && Same(indexes, table.Indexes) && Same(annotations, table.Annotations))
        {
            return table;
        }

        return table with
        {
            Columns = columns,
            ForeignKeys = foreignKeys,
            UniqueConstraints = uniqueConstraints,
            CheckConstraints = checkConstraints,
            Indexes = indexes,
            Annotations = annotations,
        };
    }

    private static View Canonicalize(View view)
    {
        var columns = ByOrdinal(view.Columns);
        var indexes = Sorted(view.Indexes);
        return Same(columns, view.Columns) && Same(indexes, view.Indexes) ? view : view with { Columns = columns, Indexes = indexes };
    }

    private static DomainType Canonicalize(DomainType domain)
    {
        var checks = Sorted(domain.CheckConstraints);
        return Same(checks, domain.CheckConstraints) ? domain : domain with { CheckConstraints = checks };
    }

    /// <summary>The canonical order of foreign keys: by name, then columns (joined with commas), then principal table.</summary>
    public static int CompareForeignKeys(ForeignKey x, ForeignKey y)
    {
        var order = Ordinal.Compare(x.Name ?? string.Empty, y.Name ?? string.Empty);
        order = order != 0 ? order : CompareJoined(x.Columns, y.Columns);
        return order != 0 ? order : Ordinal.Compare(x.PrincipalTable, y.PrincipalTable);
    }

    // The ordinal order of string.Join(",", x) and string.Join(",", y), without joining.
    private static int CompareJoined(EquatableArray<string> x, EquatableArray<string> y)
    {
        var (xItem, xAt, yItem, yAt) = (0, 0, 0, 0);
        while (true)
        {
            var cx = NextJoined(x, ref xItem, ref xAt);
            var cy = NextJoined(y, ref yItem, ref yAt);
            if (cx != cy)
            {
                return cx < cy ? -1 : 1;
            }

            if (cx < 0)
            {
                return 0;
            }
        }
    }

    // The next character of the joined list (a comma between items), or -1 at its end.
    private static int NextJoined(EquatableArray<string> items, ref int item, ref int at)
    {
        if (item >= items.Count)
        {
            return -1;
        }

        if (at < items[item].Length)
        {
            return items[item][at++];
        }

        (item, at) = (item + 1, 0);
        return item < items.Count ? ',' : -1;
    }

    private static EquatableArray<Column> ByOrdinal(EquatableArray<Column> columns) => Sorted(columns, (x, y) => x.Ordinal.CompareTo(y.Ordinal));

    private static EquatableArray<TableIndex> Sorted(EquatableArray<TableIndex> indexes) => Sorted(indexes, (x, y) => Ordinal.Compare(x.Name, y.Name));

    private static EquatableArray<CheckConstraint> Sorted(EquatableArray<CheckConstraint> checks) =>
        Sorted(checks, (x, y) => Compare((x.Name ?? string.Empty, x.Expression, string.Empty), (y.Name ?? string.Empty, y.Expression, string.Empty)));

    private static int CompareNames(string? xSchema, string xName, string? ySchema, string yName) =>
        Compare((xSchema ?? string.Empty, xName, string.Empty), (ySchema ?? string.Empty, yName, string.Empty));

    private static int CompareWarnings(SchemaWarning x, SchemaWarning y)
    {
        var order = Compare((x.ObjectKind, x.ObjectName ?? string.Empty, x.Code), (y.ObjectKind, y.ObjectName ?? string.Empty, y.Code));
        return order != 0 ? order : Ordinal.Compare(x.Message, y.Message);
    }

    // Ordinal comparison of the first strings, then the second, then the third.
    private static int Compare((string, string, string) x, (string, string, string) y)
    {
        var order = Ordinal.Compare(x.Item1, y.Item1);
        order = order != 0 ? order : Ordinal.Compare(x.Item2, y.Item2);
        return order != 0 ? order : Ordinal.Compare(x.Item3, y.Item3);
    }

    // Lists up to this long (a table's indexes, keys, checks) are sorted by insertion, without LINQ's sorter.
    private const int InsertionSortLimit = 16;

    // The items in the order of a stable sort by compare; the list itself when it is in that order already.
    private static EquatableArray<T> Sorted<T>(EquatableArray<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (compare(items[i - 1], items[i]) > 0)
            {
                return items.Count <= InsertionSortLimit
                    ? InsertionSorted(items, compare)
                    : items.OrderBy(item => item, Comparer<T>.Create(compare)).ToEquatableArray();
            }
        }

        return items;
    }

    // A stable sort: an item moves left only past items that compare greater, so equal items keep their order.
    private static EquatableArray<T> InsertionSorted<T>(EquatableArray<T> items, Comparison<T> compare)
    {
        var sorted = new T[items.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            var item = items[i];
            var at = i;
            while (at > 0 && compare(sorted[at - 1], item) > 0)
            {
                sorted[at] = sorted[at - 1];
                at--;
            }

            sorted[at] = item;
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    // The items with map applied; the list itself when map changed none of them.
    private static EquatableArray<T> Map<T>(EquatableArray<T> items, Func<T, T> map)
        where T : class
    {
        T[]? mapped = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = map(items[i]);
            if (mapped is null && !ReferenceEquals(item, items[i]))
            {
                mapped = new T[items.Count];
                for (var j = 0; j < i; j++)
                {
                    mapped[j] = items[j];
                }
            }

            if (mapped is not null)
            {
                mapped[i] = item;
            }
        }

        return mapped is null ? items : System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(mapped);
    }

    private static bool Same<T>(EquatableArray<T> x, EquatableArray<T> y) => x.AsImmutableArray() == y.AsImmutableArray();
}
