using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteSchemaBuilder
{
    // Foreign keys: columns, principal and actions from the foreign key rows; name, DEFERRABLE and MATCH
    // from the declaration with the same columns and principal (each declaration used once). Both sources list
    // the rows by key, then position.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EquatableArray<ForeignKey> BuildForeignKeys(SqliteObjectRow table, SqliteTableDefinition definition)
    {
        var rows = SqliteCatalog.Get(_catalog.ForeignKeys, table.Name);
        if (rows.Count == 0)
        {
            return EquatableArray<ForeignKey>.Empty;
        }

        var keys = 1;
        for (var i = 1; i < rows.Count; i++)
        {
            keys += rows[i].Id != rows[i - 1].Id ? 1 : 0;
        }

        var used = new bool[definition.ForeignKeys.Count];
        var foreignKeys = new ForeignKey[keys];
        for (var (start, key) = (0, 0); start < rows.Count; key++)
        {
            var end = start + 1;
            while (end < rows.Count && rows[end].Id == rows[start].Id)
            {
                Debug.Assert(rows[end].Seq > rows[end - 1].Seq, "a key's pairs come in order");
                end++;
            }

            var first = rows[start];
            var columns = new string[end - start];
            for (var i = start; i < end; i++)
            {
                columns[i - start] = rows[i].From;
            }

            var principal = _tablesByName.TryGetValue(first.PrincipalTable, out var found) ? found.Name : first.PrincipalTable;
            var match = FindDeclaration(definition.ForeignKeys, used, columns, first.PrincipalTable);
            foreignKeys[key] = new ForeignKey
            {
                Name = match?.Name,
                Columns = ImmutableCollectionsMarshal.AsImmutableArray(columns),
                PrincipalTable = principal,
                PrincipalColumns = ImmutableCollectionsMarshal.AsImmutableArray(PrincipalColumns(principal, rows, start, end)),
                OnDelete = ParseAction(first.OnDelete),
                OnUpdate = ParseAction(first.OnUpdate),
                IsDeferrable = match?.IsDeferrable ?? false,
                IsInitiallyDeferred = match?.IsInitiallyDeferred ?? false,
                MatchType = match?.MatchType,
            };
            start = end;
        }

        // Already in the canonical order, so that canonicalizing keeps this array (an insertion sort: a table has few keys).
        for (var i = 1; i < foreignKeys.Length; i++)
        {
            for (var j = i; j > 0 && SchemaCanonicalizer.CompareForeignKeys(foreignKeys[j - 1], foreignKeys[j]) > 0; j--)
            {
                (foreignKeys[j - 1], foreignKeys[j]) = (foreignKeys[j], foreignKeys[j - 1]);
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(foreignKeys);
    }

    // The first declaration not used yet with the same columns and principal, now marked used.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SqliteForeignKeyDefinition? FindDeclaration(List<SqliteForeignKeyDefinition> declared, bool[] used, string[] columns, string principal)
    {
        for (var i = 0; i < declared.Count; i++)
        {
            var candidate = declared[i];
            if (!used[i] && SqliteNameComparer.Instance.SequenceEqual(candidate.Columns, columns) && SqliteNameComparer.Instance.Equals(candidate.PrincipalTable, principal))
            {
                used[i] = true;
                return candidate;
            }
        }

        return null;
    }

    // REFERENCES t without columns means t's primary key; named columns are spelled as the principal declares them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string[] PrincipalColumns(string principal, IReadOnlyList<SqliteForeignKeyRow> rows, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (rows[i].To is null)
            {
                return PrimaryKeyColumns(principal);
            }
        }

        var declared = SqliteCatalog.Get(_catalog.Columns, principal);
        var columns = new string[end - start];
        for (var i = start; i < end; i++)
        {
            var spelled = rows[i].To!;
            for (var c = 0; c < declared.Count; c++)
            {
                if (SqliteNameComparer.Instance.Equals(declared[c].Name, spelled))
                {
                    spelled = declared[c].Name;
                    break;
                }
            }

            columns[i - start] = spelled;
        }

        return columns;
    }

    private static ReferentialAction ParseAction(string action) =>
        action.Equals("CASCADE", StringComparison.OrdinalIgnoreCase) ? ReferentialAction.Cascade
        : action.Equals("RESTRICT", StringComparison.OrdinalIgnoreCase) ? ReferentialAction.Restrict
        : action.Equals("SET NULL", StringComparison.OrdinalIgnoreCase) ? ReferentialAction.SetNull
        : action.Equals("SET DEFAULT", StringComparison.OrdinalIgnoreCase) ? ReferentialAction.SetDefault
        : ReferentialAction.NoAction;

    // UNIQUE constraints are the automatic indexes of origin 'u' (SQLite drops a UNIQUE that repeats the primary
    // key or another UNIQUE); the name comes from the declaration with the same columns.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static EquatableArray<UniqueConstraint> BuildUniqueConstraints(SqliteTableDefinition definition, List<SqliteIndexGroup> indexes)
    {
        List<SqliteUniqueDefinition>? declared = null;
        List<UniqueConstraint>? constraints = null;
        foreach (var index in indexes)
        {
            if (index.Origin != "u")
            {
                continue;
            }

            declared ??= new List<SqliteUniqueDefinition>(definition.UniqueConstraints);
            var columns = new string[index.Count];
            for (var i = 0; i < index.Count; i++)
            {
                columns[i] = index[i].ColumnName ?? string.Empty;
            }

            var match = declared.Find(d => SqliteNameComparer.Instance.SequenceEqual(d.Columns, columns));
            if (match is not null)
            {
                declared.Remove(match);
            }

            (constraints ??= []).Add(new UniqueConstraint { Name = match?.Name, Columns = ImmutableCollectionsMarshal.AsImmutableArray(columns) });
        }

        return constraints is null ? EquatableArray<UniqueConstraint>.Empty : ToEquatableArray(constraints);
    }
}
