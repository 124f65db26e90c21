namespace DataFlow;

/// <summary>Migration planning codes (<c>DF-PLAN-…</c>): rendering DDL, planning and writing migration files.</summary>
public static partial class ErrorCodes
{
    /// <summary>The dialect cannot render this operation in place (e.g. SQLite ALTER COLUMN; use the table rebuild).</summary>
    public const string DdlNotSupported = "DF-PLAN-001";

    /// <summary>A schema names a dialect DataFlow has no DDL renderer for.</summary>
    public const string UnknownDialect = "DF-PLAN-002";

    /// <summary>The two schemas of a migration are of different dialects.</summary>
    public const string DialectMismatch = "DF-PLAN-003";

    /// <summary>A migration file with this name already exists in the migrations folder.</summary>
    public const string MigrationExists = "DF-PLAN-004";

    /// <summary>The migration name is empty once reduced to snake_case letters and digits.</summary>
    public const string InvalidMigrationName = "DF-PLAN-005";

    /// <summary>A SQLite table rebuild failed its foreign key check or could not run.</summary>
    public const string RebuildFailed = "DF-PLAN-006";
}
