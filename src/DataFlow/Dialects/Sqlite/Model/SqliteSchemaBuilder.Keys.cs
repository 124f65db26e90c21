using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteSchemaBuilder
{
    // Foreign keys: columns, principal and actions from pragma_foreign_key_list; name, DEFERRABLE and MATCH
    // from the declaration with the same columns and principal (each declaration used once).
    private EquatableArray<ForeignKey> BuildForeignKeys(SqliteObjectRow table, SqliteTableDefinition definition)
    {
        var declared = definition.ForeignKeys.ToList();
        var foreignKeys = new List<ForeignKey>();
        foreach (var key in SqliteCatalog.Get(_catalog.ForeignKeys, table.Name).GroupBy(f => f.Id))
        {
            var pairs = key.OrderBy(f => f.Seq).ToList();
            var columns = pairs.Select(p => p.From).ToList();
            var principal = _tablesByName.TryGetValue(pairs[0].PrincipalTable, out var found) ? found.Name : pairs[0].PrincipalTable;
            var match = declared.Find(d => SqliteNameComparer.Instance.SequenceEqual(d.Columns, columns)
                && SqliteNameComparer.Instance.Equals(d.PrincipalTable, pairs[0].PrincipalTable));
            if (match is not null)
            {
                declared.Remove(match);
            }

            foreignKeys.Add(new ForeignKey
            {
                Name = match?.Name,
                Columns = columns.ToEquatableArray(),
                PrincipalTable = principal,
                PrincipalColumns = PrincipalColumns(principal, pairs).ToEquatableArray(),
                OnDelete = ParseAction(pairs[0].OnDelete),
                OnUpdate = ParseAction(pairs[0].OnUpdate),
                IsDeferrable = match?.IsDeferrable ?? false,
                IsInitiallyDeferred = match?.IsInitiallyDeferred ?? false,
                MatchType = match?.MatchType,
            });
        }

        return foreignKeys.ToEquatableArray();
    }

    // REFERENCES t without columns means t's primary key; named columns are spelled as the principal declares them.
    private List<string> PrincipalColumns(string principal, List<SqliteForeignKeyRow> pairs)
    {
        if (pairs.Any(p => p.To is null))
        {
            return PrimaryKeyColumns(principal);
        }

        var declared = SqliteCatalog.Get(_catalog.Columns, principal);
        return pairs.Select(p => declared.FirstOrDefault(c => SqliteNameComparer.Instance.Equals(c.Name, p.To))?.Name ?? p.To!).ToList();
    }

    private static ReferentialAction ParseAction(string action) => action.ToUpperInvariant() switch
    {
        "CASCADE" => ReferentialAction.Cascade,
        "RESTRICT" => ReferentialAction.Restrict,
        "SET NULL" => ReferentialAction.SetNull,
        "SET DEFAULT" => ReferentialAction.SetDefault,
        _ => ReferentialAction.NoAction,
    };

    // UNIQUE constraints are the automatic indexes of origin 'u' (SQLite drops a UNIQUE that repeats the primary
    // key or another UNIQUE); the name comes from the declaration with the same columns.
    private static EquatableArray<UniqueConstraint> BuildUniqueConstraints(SqliteTableDefinition definition, List<IGrouping<string, SqliteIndexColumnRow>> indexes)
    {
        var declared = definition.UniqueConstraints.ToList();
        var constraints = new List<UniqueConstraint>();
        foreach (var index in indexes.Where(i => i.First().Origin == "u"))
        {
            var columns = index.OrderBy(k => k.SeqNo).Select(k => k.ColumnName ?? string.Empty).ToList();
            var match = declared.Find(d => SqliteNameComparer.Instance.SequenceEqual(d.Columns, columns));
            if (match is not null)
            {
                declared.Remove(match);
            }

            constraints.Add(new UniqueConstraint { Name = match?.Name, Columns = columns.ToEquatableArray() });
        }

        return constraints.ToEquatableArray();
    }
}
