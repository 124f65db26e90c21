using System.Text;

namespace DataFlow.Bench.Generation;

/// <summary>Renders the generated schema as DDL, in batches of whole tables (each batch one command).</summary>
internal abstract class DdlRenderer
{
    /// <summary>Commands of at most <paramref name="tablesPerBatch"/> tables each, in table order (foreign keys point backwards).</summary>
    public IEnumerable<string> Batches(IReadOnlyList<GeneratedTable> tables, int tablesPerBatch) =>
        tables.Chunk(tablesPerBatch).Select(chunk =>
        {
            var sql = new StringBuilder(chunk.Length * 1500);
            foreach (var table in chunk)
            {
                AppendTable(sql, table);
            }

            return sql.ToString();
        });

    protected abstract string TypeOf(GeneratedColumn column);

    /// <summary>The default's SQL, or null where the dialect has no spelling for it.</summary>
    protected abstract string? DefaultOf(ColumnDefault value);

    protected static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void AppendTable(StringBuilder sql, GeneratedTable table)
    {
        sql.Append("CREATE TABLE ").Append(Quote(table.Name)).Append(" (\n");
        foreach (var column in table.Columns)
        {
            sql.Append("  ").Append(Quote(column.Name)).Append(' ').Append(TypeOf(column));
            if (!column.Nullable)
            {
                sql.Append(" NOT NULL");
            }

            if (DefaultOf(column.Default) is { } defaultSql)
            {
                sql.Append(" DEFAULT ").Append(defaultSql);
            }

            sql.Append(",\n");
        }

        sql.Append("  CONSTRAINT ").Append(Quote("pk_" + table.Name)).Append(" PRIMARY KEY (\"id\")");
        foreach (var foreignKey in table.ForeignKeys)
        {
            sql.Append(",\n  CONSTRAINT ").Append(Quote(foreignKey.Name))
                .Append(" FOREIGN KEY (").Append(Quote(foreignKey.Column)).Append(") REFERENCES ")
                .Append(Quote(foreignKey.PrincipalTable)).Append(" (\"id\")");
        }

        sql.Append("\n);\n");
        foreach (var index in table.Indexes)
        {
            sql.Append(index.Unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ").Append(Quote(index.Name))
                .Append(" ON ").Append(Quote(table.Name))
                .Append(" (").AppendJoin(", ", index.Columns.Select(Quote)).Append(");\n");
        }
    }
}
