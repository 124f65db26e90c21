using DataFlow.Dialects.Sqlite;
using DataFlow.Schema;

namespace DataFlow.Migrations.Ddl;

/// <summary>
/// The safe SQLite table rebuild of https://sqlite.org/lang_altertable.html#otheralter, for every change
/// <c>ALTER TABLE</c> cannot make (column type, NOT NULL, default, constraints, primary key, dropping a column that
/// an index or constraint uses): create the new table under a temporary name, copy the rows with
/// INSERT … SELECT, drop the old table, rename the new one, recreate indexes, triggers and views, and check the
/// foreign keys. <see cref="Render"/> gives the statements that run inside the transaction; <see cref="Script"/>
/// frames them with <c>PRAGMA foreign_keys</c> and the transaction for a migration file;
/// <see cref="ExecuteAsync"/> runs the whole procedure on a database.
/// </summary>
public static partial class SqliteTableRebuild
{
    /// <summary>The prefix of the temporary table name.</summary>
    public const string TemporaryPrefix = "_dataflow_new_";

    private const string CheckTable = "_dataflow_foreign_key_check";

    private static readonly SqliteDdlRenderer Renderer = new();

    /// <summary>
    /// The statements of steps 4–10 (all inside one transaction, with foreign keys off): drop dependent views,
    /// create the new table, copy, drop, rename, indexes, triggers, views, and a foreign key check that fails the
    /// transaction (CHECK constraint <c>foreign_key_check_failed</c>) when a row violates a foreign key.
    /// </summary>
    /// <param name="from">The table as it is.</param>
    /// <param name="to">The table as it must become (same name; rename it separately).</param>
    /// <param name="options">Renamed columns, dependent views and triggers; null for none.</param>
    public static IReadOnlyList<string> Render(Table from, Table to, SqliteRebuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        options ??= SqliteRebuildOptions.Default;
        var statements = new List<string>();
        statements.AddRange(options.Views.Select(v => "DROP VIEW " + Renderer.Quote(v.Name)));
        var temporary = to with { Name = TemporaryPrefix + to.Name, Indexes = [] };
        statements.Add(Renderer.CreateTable(temporary));
        if (CopyStatement(from, to, temporary, options) is { } copy)
        {
            statements.Add(copy);
        }

        statements.Add(Renderer.DropTable(from));
        statements.Add(Renderer.RenameTable(temporary, to.Name));
        statements.AddRange(to.Indexes.Select(i => Renderer.CreateIndex(null, to.Name, i)));
        statements.AddRange(options.Triggers.Select(t => t.Trim().TrimEnd(';')));
        statements.AddRange(options.Views.Select(v => v.CreateSql.Trim().TrimEnd(';')));
        statements.AddRange(ForeignKeyCheck());
        return statements;
    }

    /// <summary>
    /// The whole procedure as one script for a migration file marked <c>-- dataflow:no-transaction</c>:
    /// <c>PRAGMA foreign_keys = OFF</c>, <c>BEGIN</c>, <paramref name="body"/>, <c>COMMIT</c>, <c>PRAGMA foreign_keys = ON</c>
    /// (PRAGMA foreign_keys is a no-op inside a transaction, so the runner's transaction cannot be used).
    /// </summary>
    public static IReadOnlyList<string> Script(IEnumerable<string> body) =>
        ["PRAGMA foreign_keys = OFF", "BEGIN", .. body, "COMMIT", "PRAGMA foreign_keys = ON"];

    /// <summary>Statements that fail the transaction when <c>PRAGMA foreign_key_check</c> reports a violation.</summary>
    public static IReadOnlyList<string> ForeignKeyCheck() =>
    [
        $"CREATE TEMP TABLE \"{CheckTable}\" (\"violations\" INTEGER NOT NULL CONSTRAINT \"foreign_key_check_failed\" CHECK (\"violations\" = 0))",
        $"INSERT INTO temp.\"{CheckTable}\" SELECT count(*) FROM pragma_foreign_key_check",
        $"DROP TABLE temp.\"{CheckTable}\"",
    ];

    private static string? CopyStatement(Table from, Table to, Table temporary, SqliteRebuildOptions options)
    {
        var targets = new List<string>();
        var sources = new List<string>();
        foreach (var column in to.Columns)
        {
            if (column.Generated != GeneratedKind.None)
            {
                continue;
            }

            var source = options.RenamedColumns.TryGetValue(column.Name, out var old) ? old : column.Name;
            if (from.FindColumn(source) is { Generated: GeneratedKind.None })
            {
                targets.Add(Renderer.Quote(column.Name));
                sources.Add(Renderer.Quote(source));
            }
        }

        return targets.Count == 0
            ? null
            : $"INSERT INTO {Renderer.Quote(temporary.Name)} ({string.Join(", ", targets)})\n    SELECT {string.Join(", ", sources)} FROM {Renderer.Quote(from.Name)}";
    }
}
