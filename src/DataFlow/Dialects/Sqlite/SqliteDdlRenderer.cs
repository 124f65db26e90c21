using System.Text;
using DataFlow.Migrations.Ddl;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// SQLite DDL. <c>ALTER TABLE</c> can only rename a table, rename, add and drop a column; everything else (types,
/// NOT NULL, defaults, constraints) is a table rebuild (<see cref="SqliteTableRebuild"/>), so those methods throw
/// <c>DF-PLAN-001</c>. Foreign keys always live in CREATE TABLE (SQLite checks them only on write, so cycles work).
/// </summary>
internal sealed class SqliteDdlRenderer : DdlRendererBase
{
    /// <inheritdoc />
    public override string Dialect => SqliteDialect.DialectName;

    /// <inheritdoc />
    public override DdlFeatures Features => DdlFeatures.None;

    /// <inheritdoc />
    public override string ColumnDefinition(Column column) => ColumnDefinition(column, inlinePrimaryKey: false);

    /// <inheritdoc />
    public override string CreateTable(Table table, bool includeForeignKeys = true, IReadOnlyList<Sequence>? sequences = null)
    {
        var items = new List<string>();
        var inline = IsInlinePrimaryKey(table);
        items.AddRange(table.Columns.Select(c => ColumnDefinition(c, inline && c.Identity == IdentityKind.AutoIncrement)));
        if (table.PrimaryKey is { } key && !inline)
        {
            items.Add(PrimaryKeyClause(key));
        }

        items.AddRange(table.UniqueConstraints.Select(UniqueClause));
        items.AddRange(table.CheckConstraints.Select(c => CheckClause(c)));
        items.AddRange(table.ForeignKeys.Select(ForeignKeyClause));
        var sql = new StringBuilder("CREATE TABLE ").Append(TableName(table)).Append(" (\n");
        sql.AppendJoin(",\n", items.Select(i => "    " + i)).Append("\n)");
        var options = new List<string>();
        if (HasAnnotation(table, AnnotationNames.SqliteStrict))
        {
            options.Add("STRICT");
        }

        if (HasAnnotation(table, AnnotationNames.SqliteWithoutRowId))
        {
            options.Add("WITHOUT ROWID");
        }

        return options.Count == 0 ? sql.ToString() : sql.Append(' ').AppendJoin(", ", options).ToString();
    }

    /// <inheritdoc />
    protected override bool IsInlinePrimaryKey(Table table) =>
        table.PrimaryKey is { Columns.Count: 1 } key && table.FindColumn(key.Columns[0]) is { Identity: IdentityKind.AutoIncrement };

    /// <inheritdoc />
    public override string DropIndex(string? schema, string name, bool concurrently = false) => "DROP INDEX " + Name(schema, name);

    /// <inheritdoc />
    public override string CreateIndex(string? schema, string owner, TableIndex index, bool concurrently = false) =>
        base.CreateIndex(null, owner, index with { Method = null, IncludedColumns = [], NullsNotDistinct = false });

    /// <inheritdoc />
    protected override string CollationName(string collation) => collation;

    /// <summary>As written: SQLite accepts any expression in the key list and keeps its text, parentheses included.</summary>
    protected override string IndexExpression(string expression) => expression;

    private string ColumnDefinition(Column column, bool inlinePrimaryKey)
    {
        var sql = new StringBuilder(Quote(column.Name));
        if (column.RawType.Length > 0)
        {
            sql.Append(' ').Append(column.RawType);
        }

        if (inlinePrimaryKey)
        {
            sql.Append(" PRIMARY KEY AUTOINCREMENT");
        }

        if (!column.IsNullable)
        {
            sql.Append(" NOT NULL");
        }

        if (column.Default is { } value)
        {
            sql.Append(" DEFAULT ").Append(value);
        }

        if (column.Collation is { } collation)
        {
            sql.Append(" COLLATE ").Append(collation);
        }

        if (column.Generated != GeneratedKind.None)
        {
            sql.Append(" GENERATED ALWAYS AS ").Append(Parenthesized(column.GeneratedExpression ?? "NULL"))
                .Append(column.Generated == GeneratedKind.Stored ? " STORED" : " VIRTUAL");
        }

        return sql.ToString();
    }

    private static bool HasAnnotation(Table table, string name) => table.Annotations.Any(a => a.Name == name && a.Value == "true");
}
