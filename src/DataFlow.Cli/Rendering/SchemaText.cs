using DataFlow.Schema;

namespace DataFlow.Cli.Rendering;

/// <summary>Plain-text forms of schema parts (no markup), shared by the report renderers.</summary>
internal static class SchemaText
{
    /// <summary><c>(a, b)</c>.</summary>
    public static string ColumnList(IEnumerable<string> columns) => "(" + string.Join(", ", columns) + ")";

    /// <summary><c>name (a, b)</c>, or just the list when the object has no name.</summary>
    public static string Named(string? name, IEnumerable<string> columns) =>
        name is null ? ColumnList(columns) : name + " " + ColumnList(columns);

    /// <summary><c>fk (customer_id) → customers (id) on delete cascade</c>; default actions are left out.</summary>
    public static string ForeignKey(ForeignKey key)
    {
        var parts = new List<string>
        {
            Named(key.Name, key.Columns) + " → " + SchemaObjectName.Qualify(key.PrincipalSchema, key.PrincipalTable) + " " + ColumnList(key.PrincipalColumns),
        };
        if (key.OnDelete != ReferentialAction.NoAction)
        {
            parts.Add("on delete " + Action(key.OnDelete));
        }

        if (key.OnUpdate != ReferentialAction.NoAction)
        {
            parts.Add("on update " + Action(key.OnUpdate));
        }

        if (key.MatchType is not null)
        {
            parts.Add("match " + key.MatchType.ToLowerInvariant());
        }

        parts.Add(Deferrable(key.IsDeferrable, key.IsInitiallyDeferred));
        return Join(parts);
    }

    /// <summary><c>uq_sku (sku)</c>, with deferrability.</summary>
    public static string Unique(UniqueConstraint unique) =>
        Join([Named(unique.Name, unique.Columns), Deferrable(unique.IsDeferrable, unique.IsInitiallyDeferred)]);

    /// <summary><c>ck_price: price >= 0</c>.</summary>
    public static string Check(CheckConstraint check) =>
        (check.Name is null ? string.Empty : check.Name + ": ") + check.Expression + (check.IsNotValid ? " (not valid)" : string.Empty);

    /// <summary><c>ix_open (customer_id, ordered_at desc) unique using gin include (x) where status = 'open'</c>.</summary>
    public static string Index(TableIndex index)
    {
        var parts = new List<string> { index.Name + " (" + string.Join(", ", index.Keys.Select(IndexKey)) + ")" };
        if (index.IsUnique)
        {
            parts.Add("unique");
        }

        if (index.Method is not null)
        {
            parts.Add("using " + index.Method);
        }

        if (!index.IncludedColumns.IsEmpty)
        {
            parts.Add("include " + ColumnList(index.IncludedColumns));
        }

        if (index.NullsNotDistinct)
        {
            parts.Add("nulls not distinct");
        }

        if (index.Predicate is not null)
        {
            parts.Add("where " + index.Predicate);
        }

        return Join(parts);
    }

    /// <summary>One index key: column or expression with collation, operator class, direction and nulls order.</summary>
    public static string IndexKey(IndexKey key) => Join(
    [
        key.Column ?? key.Expression ?? "?",
        key.Collation is null ? string.Empty : "collate " + key.Collation,
        key.OperatorClass ?? string.Empty,
        key.IsDescending ? "desc" : string.Empty,
        key.NullsFirst switch { true => "nulls first", false => "nulls last", null => string.Empty },
    ]);

    /// <summary>The markers of a column: key membership, identity, generation, collation, comment.</summary>
    public static string ColumnNotes(Table table, Column column)
    {
        var notes = new List<string>();
        if (table.PrimaryKey?.Columns.Contains(column.Name) == true)
        {
            notes.Add("PK");
        }

        if (table.ForeignKeys.Any(f => f.Columns.Contains(column.Name)))
        {
            notes.Add("FK");
        }

        notes.Add(Identity(column.Identity));
        if (column.Generated != GeneratedKind.None)
        {
            notes.Add("generated " + column.Generated.ToString().ToLowerInvariant() + ": " + column.GeneratedExpression);
        }

        notes.Add(column.Collation is null ? string.Empty : "collate " + column.Collation);
        notes.Add(column.Comment is null ? string.Empty : "-- " + column.Comment);
        return string.Join("; ", notes.Where(n => n.Length > 0));
    }

    /// <summary>How a column is assigned automatically, or empty.</summary>
    public static string Identity(IdentityKind identity) => identity switch
    {
        IdentityKind.Always => "identity always",
        IdentityKind.ByDefault => "identity by default",
        IdentityKind.Serial => "serial",
        IdentityKind.AutoIncrement => "autoincrement",
        IdentityKind.RowIdAlias => "rowid alias",
        _ => string.Empty,
    };

    /// <summary><c>cascade</c>, <c>set null</c>, ...</summary>
    public static string Action(ReferentialAction action) => action switch
    {
        ReferentialAction.Cascade => "cascade",
        ReferentialAction.Restrict => "restrict",
        ReferentialAction.SetNull => "set null",
        ReferentialAction.SetDefault => "set default",
        _ => "no action",
    };

    private static string Deferrable(bool deferrable, bool initiallyDeferred) =>
        !deferrable ? string.Empty : initiallyDeferred ? "deferrable initially deferred" : "deferrable";

    private static string Join(IEnumerable<string> parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}
