using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// The raw catalog rows of one database, as the statements of <see cref="SqliteCatalogQueries"/> returned them,
/// grouped by table (or view) name for constant-time lookup while the model is built.
/// </summary>
internal sealed class SqliteCatalog
{
    /// <summary>Every row of <c>sqlite_master</c>.</summary>
    public List<SqliteObjectRow> Objects { get; } = [];

    /// <summary>Columns of tables and views by object name, in column order.</summary>
    public Dictionary<string, List<SqliteColumnRow>> Columns { get; } = new(StringComparer.Ordinal);

    /// <summary>Foreign key column pairs by table name, ordered by key then position.</summary>
    public Dictionary<string, List<SqliteForeignKeyRow>> ForeignKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Index key columns by table name, ordered by index name then position.</summary>
    public Dictionary<string, List<SqliteIndexColumnRow>> IndexColumns { get; } = new(StringComparer.Ordinal);

    /// <summary>Problems met while reading (a view whose columns cannot be read).</summary>
    public List<SchemaWarning> Warnings { get; } = [];

    /// <summary>Adds <paramref name="row"/> to the list of <paramref name="key"/> in <paramref name="groups"/>.</summary>
    public static void Add<T>(Dictionary<string, List<T>> groups, string key, T row)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            list = [];
            groups.Add(key, list);
        }

        list.Add(row);
    }

    /// <summary>The rows of <paramref name="key"/>, or an empty list.</summary>
    public static IReadOnlyList<T> Get<T>(Dictionary<string, List<T>> groups, string key) =>
        groups.TryGetValue(key, out var list) ? list : [];
}
