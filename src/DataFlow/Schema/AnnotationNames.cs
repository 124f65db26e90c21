namespace DataFlow.Schema;

/// <summary>The annotation names that dialects write.</summary>
public static class AnnotationNames
{
    /// <summary>SQLite table declared <c>STRICT</c>; value <c>true</c>.</summary>
    public const string SqliteStrict = "sqlite:strict";

    /// <summary>SQLite table declared <c>WITHOUT ROWID</c>; value <c>true</c>.</summary>
    public const string SqliteWithoutRowId = "sqlite:without_rowid";

    /// <summary>PostgreSQL partitioned table: the partition key, e.g. <c>RANGE (payment_date)</c>.</summary>
    public const string PostgresPartitionKey = "postgres:partition_key";

    /// <summary>PostgreSQL partition: the parent table and bound, e.g. <c>public.payment FOR VALUES FROM (...) TO (...)</c>.</summary>
    public const string PostgresPartitionOf = "postgres:partition_of";

    /// <summary>PostgreSQL unlogged table; value <c>true</c>.</summary>
    public const string PostgresUnlogged = "postgres:unlogged";

    /// <summary>PostgreSQL table inheritance parents, comma separated.</summary>
    public const string PostgresInherits = "postgres:inherits";

    /// <summary>PostgreSQL row-level security enabled; value <c>true</c> or <c>forced</c>.</summary>
    public const string PostgresRowLevelSecurity = "postgres:row_level_security";
}
