using DataFlow.Schema;

namespace DataFlow.Discovery;

/// <summary>
/// Puts every list of a schema into one stable order (ordinal string comparison), so that the same
/// database always gives an equal model and a byte-identical snapshot, whatever order the catalogs used.
/// </summary>
internal static class SchemaCanonicalizer
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    public static DatabaseSchema Canonicalize(DatabaseSchema schema) => schema with
    {
        Tables = schema.Tables.Select(Canonicalize).OrderBy(t => t.Schema ?? string.Empty, Ordinal).ThenBy(t => t.Name, Ordinal).ToEquatableArray(),
        Views = schema.Views.Select(v => v with { Columns = ByOrdinal(v.Columns), Indexes = Sorted(v.Indexes) })
            .OrderBy(v => v.Schema ?? string.Empty, Ordinal).ThenBy(v => v.Name, Ordinal).ToEquatableArray(),
        Enums = schema.Enums.OrderBy(e => e.Schema ?? string.Empty, Ordinal).ThenBy(e => e.Name, Ordinal).ToEquatableArray(),
        Domains = schema.Domains.Select(d => d with { CheckConstraints = Sorted(d.CheckConstraints) })
            .OrderBy(d => d.Schema ?? string.Empty, Ordinal).ThenBy(d => d.Name, Ordinal).ToEquatableArray(),
        Sequences = schema.Sequences.OrderBy(s => s.Schema ?? string.Empty, Ordinal).ThenBy(s => s.Name, Ordinal).ToEquatableArray(),
        Warnings = schema.Warnings.OrderBy(w => w.ObjectKind, Ordinal).ThenBy(w => w.ObjectName ?? string.Empty, Ordinal)
            .ThenBy(w => w.Code, Ordinal).ThenBy(w => w.Message, Ordinal).ToEquatableArray(),
    };

    private static Table Canonicalize(Table table) => table with
    {
        Columns = ByOrdinal(table.Columns),
        ForeignKeys = table.ForeignKeys.OrderBy(f => f.Name ?? string.Empty, Ordinal).ThenBy(f => string.Join(",", f.Columns), Ordinal)
            .ThenBy(f => f.PrincipalTable, Ordinal).ToEquatableArray(),
        UniqueConstraints = table.UniqueConstraints.OrderBy(u => u.Name ?? string.Empty, Ordinal).ThenBy(u => string.Join(",", u.Columns), Ordinal).ToEquatableArray(),
        CheckConstraints = Sorted(table.CheckConstraints),
        Indexes = Sorted(table.Indexes),
        Annotations = table.Annotations.OrderBy(a => a.Name, Ordinal).ToEquatableArray(),
    };

    private static EquatableArray<Column> ByOrdinal(EquatableArray<Column> columns) => columns.OrderBy(c => c.Ordinal).ToEquatableArray();

    private static EquatableArray<TableIndex> Sorted(EquatableArray<TableIndex> indexes) => indexes.OrderBy(i => i.Name, Ordinal).ToEquatableArray();

    private static EquatableArray<CheckConstraint> Sorted(EquatableArray<CheckConstraint> checks) =>
        checks.OrderBy(c => c.Name ?? string.Empty, Ordinal).ThenBy(c => c.Expression, Ordinal).ToEquatableArray();
}
