using DataFlow.Data;
using DataFlow.Schema;

namespace DataFlow.Dialects.Postgres;

/// <summary>The PostgreSQL <see cref="ILiveCatalog"/>: <c>pg_class</c>, <c>pg_attribute</c> and <c>pg_index</c>, names as parameters.</summary>
internal sealed class PostgresLiveCatalog : ILiveCatalog
{
    // A bare name resolves on the search path, first schema first; a qualified one in its schema.
    private const string FindTableSql = """
        SELECT c.oid::int8, n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND c.relname = $2
          AND (($1::text IS NULL AND n.nspname = ANY (current_schemas(false))) OR n.nspname = $1::text)
        ORDER BY array_position(current_schemas(false), n.nspname) NULLS LAST LIMIT 1
        """;

    private const string ColumnsSql = """
        SELECT a.attname, format_type(a.atttypid, a.atttypmod), bt.typname, bt.typtype, bt.typcategory,
               NOT a.attnotnull, a.attgenerated::text, a.attidentity::text, pg_get_expr(d.adbin, d.adrelid)
        FROM pg_attribute a
        JOIN pg_type t ON t.oid = a.atttypid
        JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = $1::int8::oid AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum
        """;

    private const string PrimaryKeySql = """
        SELECT a.attname FROM pg_index i
        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
        WHERE i.indrelid = $1::int8::oid AND i.indisprimary ORDER BY k.n
        """;

    private const string TableNamesSql = """
        SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\_%' AND c.relname NOT LIKE 'dataflow\_%'
        ORDER BY 1, 2
        """;

    private const string IndexNamesSql = """
        SELECT ic.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
        JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 ORDER BY 1
        """;

    private const string IndexTableSql = """
        SELECT n.nspname, c.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
        JOIN pg_namespace ns ON ns.oid = ic.relnamespace
        JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE ic.relname = $2 AND (($1::text IS NULL AND ns.nspname = ANY (current_schemas(false))) OR ns.nspname = $1::text)
        ORDER BY array_position(current_schemas(false), ns.nspname) NULLS LAST LIMIT 1
        """;

    /// <inheritdoc />
    public async Task<Table?> FindTableAsync(DataSession session, string name, CancellationToken cancellationToken = default)
    {
        var (schema, table) = Split(name);
        long oid;
        string schemaName;
        await using (var find = session.Command(FindTableSql, [new SqlArgument(schema), new SqlArgument(table)]))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            (oid, schemaName) = (reader.GetInt64(0), reader.GetString(1));
        }

        var columns = new List<Column>();
        await using (var read = session.Command(ColumnsSql, [new SqlArgument(oid)]))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(new Column
                {
                    Name = reader.GetString(0),
                    Ordinal = columns.Count + 1,
                    RawType = reader.GetString(1),
                    Type = LogicalTypeOf(reader.GetString(2), reader.GetChar(3), reader.GetChar(4)),
                    IsNullable = reader.GetBoolean(5),
                    Generated = reader.GetString(6) == "s" ? GeneratedKind.Stored : GeneratedKind.None,
                    Identity = reader.GetString(7) switch { "a" => IdentityKind.Always, "d" => IdentityKind.ByDefault, _ => IdentityKind.None },
                    Default = reader.IsDBNull(8) ? null : reader.GetString(8),
                });
            }
        }

        var key = new List<string>();
        await using (var read = session.Command(PrimaryKeySql, [new SqlArgument(oid)]))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                key.Add(reader.GetString(0));
            }
        }

        return new Table { Schema = schemaName, Name = table, Columns = [.. columns], PrimaryKey = key.Count == 0 ? null : new PrimaryKey { Columns = [.. key] } };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> TableNamesAsync(DataSession session, CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        await using var command = session.Command(TableNamesSql, []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(SchemaObjectName.Qualify(reader.GetString(0), reader.GetString(1)));
        }

        return names;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> IndexNamesAsync(DataSession session, Table table, CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        await using var command = session.Command(IndexNamesSql, [new SqlArgument(table.Schema ?? "public"), new SqlArgument(table.Name)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <inheritdoc />
    public async Task<string?> IndexTableAsync(DataSession session, string index, CancellationToken cancellationToken = default)
    {
        var (schema, name) = Split(index);
        await using var command = session.Command(IndexTableSql, [new SqlArgument(schema), new SqlArgument(name)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SchemaObjectName.Qualify(reader.GetString(0), reader.GetString(1)) : null;
    }

    private static (string? Schema, string Name) Split(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (null, name) : (name[..dot], name[(dot + 1)..]);
    }

    // Coarse on purpose: the data nodes only need to tell numbers, text, booleans and date/times apart.
    private static LogicalType LogicalTypeOf(string typeName, char typeType, char category) => (typeName, typeType, category) switch
    {
        (_, 'e', _) => LogicalType.EnumOf(typeName),
        (_, _, 'A') => LogicalType.ArrayOf(LogicalType.Of(LogicalTypeKind.Unknown)),
        ("int2", _, _) => LogicalType.Of(LogicalTypeKind.Int16),
        ("int4", _, _) => LogicalType.Of(LogicalTypeKind.Int32),
        ("int8", _, _) => LogicalType.Of(LogicalTypeKind.Int64),
        ("float4", _, _) => LogicalType.Of(LogicalTypeKind.Float32),
        ("float8", _, _) => LogicalType.Of(LogicalTypeKind.Float64),
        ("numeric" or "money", _, _) => LogicalType.Decimal(),
        ("bool", _, _) => LogicalType.Of(LogicalTypeKind.Boolean),
        ("timestamp", _, _) => LogicalType.Of(LogicalTypeKind.DateTime),
        ("timestamptz", _, _) => LogicalType.Of(LogicalTypeKind.DateTimeWithZone),
        ("date", _, _) => LogicalType.Of(LogicalTypeKind.Date),
        ("time", _, _) => LogicalType.Of(LogicalTypeKind.Time),
        ("timetz", _, _) => LogicalType.Of(LogicalTypeKind.TimeWithZone),
        ("interval", _, _) => LogicalType.Of(LogicalTypeKind.Interval),
        ("uuid", _, _) => LogicalType.Of(LogicalTypeKind.Uuid),
        ("json" or "jsonb", _, _) => LogicalType.Of(LogicalTypeKind.Json),
        ("bytea", _, _) => LogicalType.Of(LogicalTypeKind.Binary),
        (_, _, 'S') => LogicalType.String(),
        _ => LogicalType.Of(LogicalTypeKind.Unknown),
    };
}
