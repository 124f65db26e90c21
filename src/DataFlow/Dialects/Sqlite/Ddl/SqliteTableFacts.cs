namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// The catalog rows of one table as SQLite's pragmas would report them, derived from its <c>CREATE TABLE</c>
/// statement by <see cref="SqliteTableFactsReader"/>: <c>pragma_table_xinfo</c>, <c>pragma_foreign_key_list</c>, and the
/// index key rows of <c>pragma_index_list</c> with <c>pragma_index_xinfo</c> — first those of the automatic indexes
/// of its PRIMARY KEY and UNIQUE constraints, then those <see cref="SqliteIndexFactsReader"/> adds for its
/// <c>CREATE INDEX</c> statements.
/// </summary>
internal sealed class SqliteTableFacts(int columns, int foreignKeyPairs, int indexKeys, string[] autoIndexesInMaster)
{
    private int _autoIndexesSeen;

    /// <summary>The columns in order, hidden (generated) ones included.</summary>
    public List<SqliteColumnRow> Columns { get; } = new(columns);

    /// <summary>The foreign key column pairs in the pragma's order: last declared key first (id 0), then by position.</summary>
    public List<SqliteForeignKeyRow> ForeignKeys { get; } = new(foreignKeyPairs);

    /// <summary>The index key rows, each index's rows together and in key order.</summary>
    public List<SqliteIndexColumnRow> IndexColumns { get; } = new(indexKeys);

    /// <summary>
    /// The automatic indexes that have a row of their own in <c>sqlite_master</c>: all of them except the
    /// primary key of a WITHOUT ROWID table, which is the table itself.
    /// </summary>
    public string[] AutoIndexesInMaster { get; } = autoIndexesInMaster;

    /// <summary>
    /// True when every automatic index of <see cref="AutoIndexesInMaster"/> has been seen in <c>sqlite_master</c>
    /// (<see cref="SeeAutoIndex"/>) and no other.
    /// </summary>
    public bool AutoIndexesMatch { get; private set; } = autoIndexesInMaster.Length == 0;

    /// <summary>Records that <c>sqlite_master</c> lists the automatic index <paramref name="name"/> for this table.</summary>
    public void SeeAutoIndex(string name)
    {
        // sqlite_master names are unique, so counting the known ones proves the two sets equal.
        _autoIndexesSeen = Array.IndexOf(AutoIndexesInMaster, name) >= 0 && _autoIndexesSeen >= 0 ? _autoIndexesSeen + 1 : -1;
        AutoIndexesMatch = _autoIndexesSeen == AutoIndexesInMaster.Length;
    }

    /// <summary>The position of the column named <paramref name="name"/> (SQLite's ASCII case-insensitive match), or -1.</summary>
    public int FindColumn(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (SqliteNameComparer.Instance.Equals(Columns[i].Name, name))
            {
                return i;
            }
        }

        return -1;
    }
}
