namespace DataFlow.Connections;

/// <summary>The database engines DataFlow speaks.</summary>
public enum DatabaseKind
{
    /// <summary>SQLite, the embedded default.</summary>
    Sqlite,
    /// <summary>PostgreSQL.</summary>
    PostgreSql,
}
