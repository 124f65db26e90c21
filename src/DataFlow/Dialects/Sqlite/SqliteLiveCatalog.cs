using DataFlow.Data;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

/// <summary>The SQLite <see cref="ILiveCatalog"/>: <c>sqlite_master</c> and the <c>pragma_*</c> table-valued functions, names as parameters.</summary>
internal sealed class SqliteLiveCatalog : ILiveCatalog
{
    private const string FindTableSql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = @p0 COLLATE NOCASE ORDER BY name = @p0 DESC LIMIT 1";

    // hidden: 0 a normal column, 2 a virtual and 3 a stored generated column (1 marks hidden columns of virtual tables).
    private const string ColumnsSql = "SELECT name, type, \"notnull\", pk, hidden, dflt_value FROM pragma_table_xinfo(@p0) WHERE hidden <> 1 ORDER BY cid";

    private const string TableNamesSql = """
        SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name NOT LIKE 'dataflow\_%' ESCAPE '\'
        ORDER BY name
        """;

    private const string IndexNamesSql = "SELECT name FROM pragma_index_list(@p0) ORDER BY name";

    private const string IndexTableSql = "SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = @p0 COLLATE NOCASE LIMIT 1";

    /// <inheritdoc />
    public async Task<Table?> FindTableAsync(DataSession session, string name, CancellationToken cancellationToken = default)
    {
        var bare = name.StartsWith("main.", StringComparison.OrdinalIgnoreCase) ? name[5..] : name;
        string table;
        await using (var find = session.Command(FindTableSql, [new SqlArgument(bare)]))
        {
            if (await find.ExecuteScalarAsync(cancellationToken) is not string found)
            {
                return null;
            }

            table = found;
        }

        var columns = new List<Column>();
        var key = new SortedDictionary<long, string>();
        await using (var read = session.Command(ColumnsSql, [new SqlArgument(table)]))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var column = reader.GetString(0);
                var declared = reader.IsDBNull(1) ? string.Empty : reader.GetString(1);
                var hidden = reader.GetInt64(4);
                columns.Add(new Column
                {
                    Name = column,
                    Ordinal = columns.Count + 1,
                    RawType = declared,
                    Type = SqliteTypeMapper.Map(declared),
                    IsNullable = reader.GetInt64(2) == 0,
                    Generated = hidden switch { 2 => GeneratedKind.Virtual, 3 => GeneratedKind.Stored, _ => GeneratedKind.None },
                    Default = reader.IsDBNull(5) ? null : reader.GetString(5),
                });
                if (reader.GetInt64(3) > 0)
                {
                    key[reader.GetInt64(3)] = column;
                }
            }
        }

        return new Table { Name = table, Columns = [.. columns], PrimaryKey = key.Count == 0 ? null : new PrimaryKey { Columns = [.. key.Values] } };
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> TableNamesAsync(DataSession session, CancellationToken cancellationToken = default) =>
        NamesAsync(session, TableNamesSql, [], cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> IndexNamesAsync(DataSession session, Table table, CancellationToken cancellationToken = default) =>
        NamesAsync(session, IndexNamesSql, [new SqlArgument(table.Name)], cancellationToken);

    /// <inheritdoc />
    public async Task<string?> IndexTableAsync(DataSession session, string index, CancellationToken cancellationToken = default)
    {
        var bare = index.StartsWith("main.", StringComparison.OrdinalIgnoreCase) ? index[5..] : index;
        await using var command = session.Command(IndexTableSql, [new SqlArgument(bare)]);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<IReadOnlyList<string>> NamesAsync(DataSession session, string sql, IReadOnlyList<SqlArgument> arguments, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using var command = session.Command(sql, arguments);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
