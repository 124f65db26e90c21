using System.Text.RegularExpressions;
using DataFlow.Data;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <summary>
/// The dependents of a SQLite column, from the schema SQL: indexes, foreign keys both ways, unique and check constraints
/// and generated columns from the discovered tables (which parse <c>sqlite_master</c>), views and triggers from their
/// <c>sqlite_master</c> text when it names the column as a whole word (quoted or not). SQLite has no policies. What lives
/// in the table's definition (constraints, generated columns) has no drop statement: the table rebuild leaves it out.
/// </summary>
internal static class SqliteColumnDependencies
{
    /// <summary>The dependents of <paramref name="column"/> of <paramref name="table"/> in <paramref name="schema"/>.</summary>
    public static async Task<IReadOnlyList<ColumnDependent>> ReadAsync(DataSession session, DatabaseSchema schema, Table table, string column, CancellationToken cancellationToken)
    {
        var q = session.Dialect.Quote;
        var mentions = Mentions(column);
        var dependents = new List<ColumnDependent>();
        var renderer = Migrations.Ddl.DdlRenderers.For(Connections.DatabaseKind.Sqlite);
        foreach (var index in table.Indexes.Where(i => i.Keys.Any(k => Same(k.Column, column) || (k.Expression is { } e && mentions.IsMatch(e))) || (i.Predicate is { } p && mentions.IsMatch(p))))
        {
            dependents.Add(new(DependentKind.Index, index.Name, table.Name, renderer.CreateIndex(null, table.Name, index), "DROP INDEX " + q(index.Name)));
        }

        foreach (var key in table.ForeignKeys.Where(f => f.Columns.Any(c => Same(c, column))))
        {
            dependents.Add(new(DependentKind.ForeignKey, key.Name ?? "fk_" + table.Name + "_" + column, table.Name, "FOREIGN KEY (" + string.Join(", ", key.Columns.Select(q)) + ") REFERENCES " + q(key.PrincipalTable), string.Empty));
        }

        foreach (var other in schema.Tables)
        {
            foreach (var key in other.ForeignKeys.Where(f => Same(f.PrincipalTable, table.Name) && f.PrincipalColumns.Any(c => Same(c, column))))
            {
                dependents.Add(new(DependentKind.ReferencedBy, key.Name ?? "fk_" + other.Name + "_" + string.Join("_", key.Columns), other.Name, "FOREIGN KEY (" + string.Join(", ", key.Columns.Select(q)) + ") REFERENCES " + q(table.Name), string.Empty));
            }
        }

        foreach (var unique in table.UniqueConstraints.Where(u => u.Columns.Any(c => Same(c, column))))
        {
            dependents.Add(new(DependentKind.Unique, unique.Name ?? "unique_" + string.Join("_", unique.Columns), table.Name, "UNIQUE (" + string.Join(", ", unique.Columns.Select(q)) + ")", string.Empty));
        }

        foreach (var check in table.CheckConstraints.Where(c => mentions.IsMatch(c.Expression)))
        {
            dependents.Add(new(DependentKind.Check, check.Name ?? "check (" + check.Expression + ")", table.Name, "CHECK (" + check.Expression + ")", string.Empty));
        }

        foreach (var generated in table.Columns.Where(c => c.Generated != GeneratedKind.None && c.GeneratedExpression is { } e && mentions.IsMatch(e)))
        {
            dependents.Add(new(DependentKind.GeneratedColumn, generated.Name, table.Name, "GENERATED ALWAYS AS (" + generated.GeneratedExpression + ")", string.Empty));
        }

        await using var command = session.Command("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') AND sql IS NOT NULL ORDER BY rowid", []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tableMention = Mentions(table.Name);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (type, name, owner, sql) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            var onTable = type == "trigger" ? Same(owner, table.Name) || tableMention.IsMatch(sql) : tableMention.IsMatch(sql);
            if (onTable && mentions.IsMatch(sql))
            {
                dependents.Add(type == "view"
                    ? new(DependentKind.View, name, name, sql, "DROP VIEW " + q(name))
                    : new(DependentKind.Trigger, name, owner, sql, "DROP TRIGGER " + q(name)));
            }
        }

        return dependents;
    }

    /// <summary>Matches <paramref name="name"/> as a whole word, bare or quoted.</summary>
    public static Regex Mentions(string name) =>
        new(@"(?<![A-Za-z0-9_$])[""`\[]?" + Regex.Escape(name) + @"[""`\]]?(?![A-Za-z0-9_$])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
