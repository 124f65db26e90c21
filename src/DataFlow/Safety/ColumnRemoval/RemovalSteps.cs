using DataFlow.Dialects;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <summary>The staged statements of a removal. On SQLite what lives in the table definition goes with one table rebuild, shown as a comment.</summary>
internal static class RemovalSteps
{
    /// <summary>The steps for removing <paramref name="column"/> with the dependents of <paramref name="backup"/>.</summary>
    public static IReadOnlyList<RemovalStep> For(IDataDialect dialect, Table table, string column, ColumnBackup backup, IReadOnlyDictionary<string, string> replacements)
    {
        var t = dialect.TableName(table);
        var c = dialect.Quote(column);
        var steps = new List<RemovalStep>();
        if (backup.ColumnTable is { } columnTable)
        {
            var keys = string.Join(", ", backup.Key.Select(dialect.Quote));
            steps.Add(new(RemovalStage.Backup, $"CREATE TABLE {dialect.TableName(table with { Name = columnTable })} AS SELECT {keys}, {c} FROM {t}"));
        }

        if (backup.SnapshotTable is { } snapshot)
        {
            steps.Add(new(RemovalStage.Backup, $"CREATE TABLE {dialect.TableName(table with { Name = snapshot })} AS SELECT * FROM {t}"));
        }

        foreach (var dependent in backup.Dependents.Where(d => d.DropSql.Length > 0))
        {
            steps.Add(new(Stage(dependent.Kind), dependent.DropSql));
        }

        if (dialect.Name == "sqlite")
        {
            foreach (var other in backup.SqliteReferencingTables)
            {
                steps.Add(new(RemovalStage.Constraints, $"-- safe table rebuild of {dialect.Quote(other.Name)} without its foreign keys to {c}"));
            }

            steps.Add(new(RemovalStage.Column, $"-- safe table rebuild of {t} without {c}" +
                (backup.Dependents.Any(d => d.DropSql.Length == 0 && d.Table == table.Name) ? " and its constraints and generated columns on it" : string.Empty)));
        }
        else
        {
            steps.Add(new(RemovalStage.Column, $"ALTER TABLE {t} DROP COLUMN {c}"));
        }

        foreach (var dependent in backup.Dependents.Where(d => replacements.ContainsKey(d.Name)))
        {
            steps.Add(new(RemovalStage.Validation, replacements[dependent.Name]));
        }

        steps.Add(new(RemovalStage.Validation, $"-- check: {t} has no column {c}"));
        return [.. steps.OrderBy(s => s.Stage)];
    }

    /// <summary>The stage that drops a dependent of <paramref name="kind"/>.</summary>
    public static RemovalStage Stage(DependentKind kind) => kind switch
    {
        DependentKind.Index => RemovalStage.Indexes,
        DependentKind.ForeignKey or DependentKind.ReferencedBy or DependentKind.Check or DependentKind.Unique => RemovalStage.Constraints,
        _ => RemovalStage.DependentObjects,
    };
}
