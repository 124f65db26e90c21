using System.Runtime.InteropServices;
using DataFlow.Schema;

namespace DataFlow.Discovery;

/// <summary>
/// Puts every list of a schema into one stable order (ordinal string comparison), so that the same
/// database always gives an equal model and a byte-identical snapshot, whatever order the catalogs used.
/// </summary>
/// <remarks>
/// A list already in order is kept as it is, and a table or view none of whose lists moved is kept as
/// the same object: most per-table lists arrive in order, and on a large schema copying them all was a
/// good part of discovery's allocations. The sort itself is stable, as LINQ's <c>OrderBy</c> is.
/// </remarks>
internal static class SchemaCanonicalizer
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    public static DatabaseSchema Canonicalize(DatabaseSchema schema) => schema with
    {
        Tables = Sorted(Map(schema.Tables, Canonicalize), (a, b) => ByName(a.Schema, a.Name, b.Schema, b.Name)),
        Views = Sorted(Map(schema.Views, Canonicalize), (a, b) => ByName(a.Schema, a.Name, b.Schema, b.Name)),
        Enums = Sorted(schema.Enums, (a, b) => ByName(a.Schema, a.Name, b.Schema, b.Name)),
        Domains = Sorted(Map(schema.Domains, Canonicalize), (a, b) => ByName(a.Schema, a.Name, b.Schema, b.Name)),
        Sequences = Sorted(schema.Sequences, (a, b) => ByName(a.Schema, a.Name, b.Schema, b.Name)),
        Warnings = Sorted(schema.Warnings, CompareWarnings),
    };

    private static Table Canonicalize(Table table)
    {
        var columns = Sorted(table.Columns, CompareOrdinals);
        var foreignKeys = Sorted(table.ForeignKeys, CompareForeignKeys);
        var uniqueConstraints = Sorted(table.UniqueConstraints, CompareUniqueConstraints);
        var checkConstraints = Sorted(table.CheckConstraints, CompareChecks);
        var indexes = Sorted(table.Indexes, CompareIndexes);
        var annotations = Sorted(table.Annotations, (a, b) => Ordinal.Compare(a.Name, b.Name));
        return Same(columns, table.Columns) && Same(foreignKeys, table.ForeignKeys) && Same(uniqueConstraints, table.UniqueConstraints)
               && Same(checkConstraints, table.CheckConstraints) && Same(indexes, table.Indexes) && Same(annotations, table.Annotations)
            ? table
            : table with
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
        var columns = Sorted(view.Columns, CompareOrdinals);
        var indexes = Sorted(view.Indexes, CompareIndexes);
        return Same(columns, view.Columns) && Same(indexes, view.Indexes) ? view : view with { Columns = columns, Indexes = indexes };
    }

    private static DomainType Canonicalize(DomainType domain)
    {
        var checks = Sorted(domain.CheckConstraints, CompareChecks);
        return Same(checks, domain.CheckConstraints) ? domain : domain with { CheckConstraints = checks };
    }

    private static int ByName(string? schemaA, string nameA, string? schemaB, string nameB)
    {
        var bySchema = Ordinal.Compare(schemaA ?? string.Empty, schemaB ?? string.Empty);
        return bySchema != 0 ? bySchema : Ordinal.Compare(nameA, nameB);
    }

    private static int CompareOrdinals(Column a, Column b) => a.Ordinal.CompareTo(b.Ordinal);

    private static int CompareIndexes(TableIndex a, TableIndex b) => Ordinal.Compare(a.Name, b.Name);

    // Each next key is compared only on a tie, so that the joined column lists are rarely built.
    private static int CompareForeignKeys(ForeignKey a, ForeignKey b)
    {
        var byName = Ordinal.Compare(a.Name ?? string.Empty, b.Name ?? string.Empty);
        if (byName != 0)
        {
            return byName;
        }

        var byColumns = Ordinal.Compare(string.Join(",", a.Columns), string.Join(",", b.Columns));
        return byColumns != 0 ? byColumns : Ordinal.Compare(a.PrincipalTable, b.PrincipalTable);
    }

    private static int CompareUniqueConstraints(UniqueConstraint a, UniqueConstraint b)
    {
        var byName = Ordinal.Compare(a.Name ?? string.Empty, b.Name ?? string.Empty);
        return byName != 0 ? byName : Ordinal.Compare(string.Join(",", a.Columns), string.Join(",", b.Columns));
    }

    private static int CompareChecks(CheckConstraint a, CheckConstraint b)
    {
        var byName = Ordinal.Compare(a.Name ?? string.Empty, b.Name ?? string.Empty);
        return byName != 0 ? byName : Ordinal.Compare(a.Expression, b.Expression);
    }

    private static int CompareWarnings(SchemaWarning a, SchemaWarning b)
    {
        var result = Ordinal.Compare(a.ObjectKind, b.ObjectKind);
        if (result == 0)
        {
            result = Ordinal.Compare(a.ObjectName ?? string.Empty, b.ObjectName ?? string.Empty);
        }

        if (result == 0)
        {
            result = Ordinal.Compare(a.Code, b.Code);
        }

        return result != 0 ? result : Ordinal.Compare(a.Message, b.Message);
    }

    /// <summary>The items in order: the same list when already in order, else a stable sort of it.</summary>
    private static EquatableArray<T> Sorted<T>(EquatableArray<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (compare(items[i - 1], items[i]) > 0)
            {
                return items.Order(Comparer<T>.Create(compare)).ToEquatableArray();
            }
        }

        return items;
    }

    /// <summary>The items mapped: the same list when every item maps to itself.</summary>
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

        return mapped is null ? items : ImmutableCollectionsMarshal.AsImmutableArray(mapped);
    }

    private static bool Same<T>(EquatableArray<T> a, EquatableArray<T> b) => a.AsImmutableArray() == b.AsImmutableArray();
}
