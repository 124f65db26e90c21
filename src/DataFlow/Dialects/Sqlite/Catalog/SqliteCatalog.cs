using System.Runtime.CompilerServices;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// What the catalog reader found in one database: the rows of <c>sqlite_master</c>, each <c>CREATE TABLE</c> and
/// <c>CREATE INDEX</c> statement parsed once, and the column, foreign key and index rows in the shape of SQLite's
/// pragmas (derived from the statements, or read from the pragmas), grouped by table (or view) name for
/// constant-time lookup while the model is built.
/// </summary>
internal sealed class SqliteCatalog
{
    /// <summary>Every row of <c>sqlite_master</c>.</summary>
    public List<SqliteObjectRow> Objects { get; } = [];

    /// <summary>The parsed <c>CREATE TABLE</c> statement of every ordinary table, by table name.</summary>
    public Dictionary<string, SqliteTableDefinition> TableDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>The parsed <c>CREATE INDEX</c> statement of every index that has one, by index name.</summary>
    public Dictionary<string, SqliteIndexDefinition> IndexDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>Columns of tables and views by object name, in column order.</summary>
    public Dictionary<string, List<SqliteColumnRow>> Columns { get; } = new(StringComparer.Ordinal);

    /// <summary>Foreign key column pairs by table name, ordered by key then position.</summary>
    public Dictionary<string, List<SqliteForeignKeyRow>> ForeignKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Index key columns by table name, ordered by index name then position.</summary>
    public Dictionary<string, List<SqliteIndexColumnRow>> IndexColumns { get; } = new(StringComparer.Ordinal);

    /// <summary>The ordinary tables whose rows were read from the pragmas rather than derived from their statements.</summary>
    public List<string> TablesReadFromPragmas { get; } = [];

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

    /// <summary>
    /// The order of SQLite's BINARY collation on UTF-8 text, which is Unicode code point order: ordinal UTF-16
    /// order except that surrogate pairs (code points above U+FFFF) sort after U+E000..U+FFFF.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CompareBinary(string x, string y)
    {
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return CodePointRank(x[i]) - CodePointRank(y[i]);
            }
        }

        return x.Length - y.Length;
    }

    private static int CodePointRank(char c) => char.IsSurrogate(c) ? c + 0x2000 : c >= '\uE000' ? c - 0x800 : c;
}
