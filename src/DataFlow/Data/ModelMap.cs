using DataFlow.Dialects;
using DataFlow.Schema;

namespace DataFlow.Data;

/// <summary>
/// Everything the data operations need to know about one model, computed once at registration: its table and
/// quoted name, columns by name, key, unique column sets, which columns may be written, and the select list.
/// Every identifier that reaches SQL comes from here, that is from the discovered schema.
/// </summary>
internal sealed class ModelMap
{
    private readonly Dictionary<string, Column> _columns;
    private string? _readByKeySql;

    public ModelMap(string modelName, Table table, IDataDialect dialect)
    {
        ModelName = modelName;
        Table = table;
        Dialect = dialect;
        TableSql = dialect.TableName(table);
        _columns = table.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        Key = table.PrimaryKey is { } pk ? [.. pk.Columns.Select(c => _columns[c])] : [];
        ColumnNames = [.. table.Columns.Select(c => c.Name)];
        AllColumns = RecordShape.For(this, table.Columns);
        UniqueSets = UniqueColumnSets(table);
    }

    /// <summary>The model name (<c>User</c>).</summary>
    public string ModelName { get; }

    /// <summary>The table as discovered.</summary>
    public Table Table { get; }

    /// <summary>The dialect that quotes and binds for this model.</summary>
    public IDataDialect Dialect { get; }

    /// <summary>The quoted, qualified table name.</summary>
    public string TableSql { get; }

    /// <summary>The primary-key columns in key order; empty when the table has no primary key.</summary>
    public Column[] Key { get; }

    /// <summary>True when the table has a primary key.</summary>
    public bool HasKey => Key.Length > 0;

    /// <summary>Column names in table order.</summary>
    public string[] ColumnNames { get; }

    /// <summary>The record shape of a full row.</summary>
    public RecordShape AllColumns { get; }

    /// <summary>The primary key and every unique constraint or plain unique index, as column sets.</summary>
    public IReadOnlyList<string[]> UniqueSets { get; }

    /// <summary>
    /// <c>SELECT</c> of every column by primary key, with the key values as parameters in key order: built once,
    /// since reading one row by key is the operation whose fixed cost matters most.
    /// </summary>
    public string ReadByKeySql => _readByKeySql ??= "SELECT " + AllColumns.SelectList + " FROM " + TableSql + " WHERE "
        + string.Join(" AND ", Key.Select((k, i) => Quote(k) + " = " + Dialect.Placeholder(i)));

    /// <summary>How messages name the model: <c>User (table public.users)</c>.</summary>
    public string Display => $"{ModelName} (table {Table.QualifiedName})";

    /// <summary>The column <paramref name="name"/>, or a <c>DF-DATA-001</c> error naming <paramref name="path"/>.</summary>
    public Column Column(string name, string path) =>
        _columns.TryGetValue(name, out var column) ? column : throw DataFlowErrors.UnknownField(Display, path, name, ColumnNames);

    /// <summary>Finds a column by exact name.</summary>
    public bool TryGetColumn(string name, out Column column) => _columns.TryGetValue(name, out column!);

    /// <summary>The quoted column name.</summary>
    public string Quote(Column column) => Dialect.Quote(column.Name);

    /// <summary>Why the column cannot be written, or null when it can.</summary>
    public static string? NotWritableReason(Column column) => column switch
    {
        { Generated: not GeneratedKind.None } => "a generated column",
        { Identity: IdentityKind.Always } => "an identity column GENERATED ALWAYS",
        _ => null,
    };

    private static List<string[]> UniqueColumnSets(Table table)
    {
        var sets = new List<string[]>();
        if (table.PrimaryKey is { } pk)
        {
            sets.Add([.. pk.Columns]);
        }

        sets.AddRange(table.UniqueConstraints.Select(u => u.Columns.ToArray()));
        sets.AddRange(table.Indexes
            .Where(i => i.IsUnique && i.Predicate is null && i.Keys.All(k => k.Column is not null))
            .Select(i => i.Keys.Select(k => k.Column!).ToArray()));
        return sets;
    }
}
