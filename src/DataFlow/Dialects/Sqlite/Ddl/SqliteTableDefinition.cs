using System.Runtime.CompilerServices;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// What a <c>CREATE TABLE</c> statement says that SQLite's pragmas do not report: constraint names, CHECK
/// constraints, generated-column expressions, collations, AUTOINCREMENT, DEFERRABLE, MATCH and the table options.
/// </summary>
internal sealed class SqliteTableDefinition
{
    /// <summary>The columns in declaration order.</summary>
    public List<SqliteColumnDefinition> Columns { get; } = [];

    /// <summary>The name given with <c>CONSTRAINT name PRIMARY KEY</c>, or null.</summary>
    public string? PrimaryKeyName { get; set; }

    /// <summary>UNIQUE constraints, column-level and table-level, in declaration order.</summary>
    public List<SqliteUniqueDefinition> UniqueConstraints { get; } = [];

    /// <summary>CHECK constraints, column-level and table-level, in declaration order.</summary>
    public List<CheckConstraint> CheckConstraints { get; } = [];

    /// <summary>Foreign keys, column-level and table-level, in declaration order.</summary>
    public List<SqliteForeignKeyDefinition> ForeignKeys { get; } = [];

    /// <summary>True for a table declared <c>STRICT</c>.</summary>
    public bool IsStrict { get; set; }

    /// <summary>True for a table declared <c>WITHOUT ROWID</c>.</summary>
    public bool IsWithoutRowId { get; set; }

    /// <summary>The column named <paramref name="name"/> (SQLite's ASCII case-insensitive match), or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SqliteColumnDefinition? FindColumn(string name)
    {
        foreach (var column in Columns)
        {
            if (SqliteNameComparer.Instance.Equals(column.Name, name))
            {
                return column;
            }
        }

        return null;
    }
}
