namespace DataFlow;

/// <summary>Schema-node codes (<c>DF-SCHEMA-…</c>): SchemaModificationNode and MigrationNode.</summary>
public static partial class ErrorCodes
{
    /// <summary>A <c>column_type</c> is not one DataFlow knows, or the dialect cannot store it (e.g. <c>interval</c> on SQLite).</summary>
    public const string SchemaColumnType = "DF-SCHEMA-001";

    /// <summary>A destructive operation (drop_column, a narrowing alter_column_type) was asked for without <c>confirm_data_loss: true</c>.</summary>
    public const string SchemaDataLossNotConfirmed = "DF-SCHEMA-002";

    /// <summary>An operation is missing a parameter it needs, or got a value it cannot use.</summary>
    public const string SchemaOperationParameter = "DF-SCHEMA-003";

    /// <summary>An operation cannot run inside the run's transaction (CREATE INDEX CONCURRENTLY, a SQLite rebuild of a referenced table).</summary>
    public const string SchemaNotInTransaction = "DF-SCHEMA-004";

    /// <summary>The constraint, index or column the operation names does not exist, or the name it creates is taken.</summary>
    public const string SchemaObjectNotFound = "DF-SCHEMA-005";

    /// <summary>The database refused the operation's DDL (e.g. NOT NULL on a column holding NULLs, unique on duplicates).</summary>
    public const string SchemaStatementFailed = "DF-SCHEMA-006";

    /// <summary>A MigrationNode's <c>action</c>, <c>status</c> or <c>metadata</c> is not valid.</summary>
    public const string MigrationNodeParameter = "DF-SCHEMA-007";

    /// <summary>A risk level name (<c>--fail-at</c>) is not LOW, MEDIUM, HIGH or CRITICAL.</summary>
    public const string RiskLevelName = "DF-RISK-001";
}
