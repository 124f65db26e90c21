namespace DataFlow.Safety;

/// <summary>An object that depends on a column, with the SQL to drop it and to create it again.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Name">Its name; PostgreSQL views and indexes as <c>regclass</c> prints them (schema-qualified only outside the search path).</param>
/// <param name="Table">The table it belongs to (for a view: the view itself).</param>
/// <param name="CreateSql">The statement that creates it again (from the catalog or the schema SQL).</param>
/// <param name="DropSql">The statement that drops it; empty on SQLite for what lives inside the table's definition (the rebuild leaves it out).</param>
public sealed record ColumnDependent(DependentKind Kind, string Name, string Table, string CreateSql, string DropSql)
{
    /// <summary>"index ix_users_email", for messages.</summary>
    public override string ToString() => Kind + " " + Name + (Table.Length > 0 && Table != Name ? " on " + Table : string.Empty);
}

/// <summary>What to do with a dependent when its column is removed.</summary>
public enum DependentHandling
{
    /// <summary>Refuse the removal (the default): nothing changes and the error lists the dependent.</summary>
    Refuse,

    /// <summary>Drop it (its definition is kept in the backup, so a restore creates it again).</summary>
    Drop,

    /// <summary>Drop it and, after the column is gone, run the replacement statement from <see cref="ColumnRemovalRequest.Replacements"/>.</summary>
    Recreate,
}
