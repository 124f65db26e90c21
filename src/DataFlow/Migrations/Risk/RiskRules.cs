namespace DataFlow.Migrations.Risk;

/// <summary>
/// The static risk rules: what a kind of schema change can do, known without looking at the data. Each method
/// returns the finding for one object; the planner combines them into a <see cref="RiskAssessment"/> per step.
/// </summary>
public static class RiskRules
{
    /// <summary>Dropping a table loses its rows.</summary>
    public static RiskFinding DropTable(string table) =>
        Finding(RiskCodes.DropTable, RiskLevel.Critical, RiskCategory.DataLoss | RiskCategory.RollbackComplexity, $"drops {table} and all its rows");

    /// <summary>Dropping a column loses its values.</summary>
    public static RiskFinding DropColumn(string column) =>
        Finding(RiskCodes.DropColumn, RiskLevel.Critical, RiskCategory.DataLoss | RiskCategory.RollbackComplexity, $"drops {column} and its values");

    /// <summary>A type change: narrowing can fail or truncate; any change rewrites the table under lock.</summary>
    public static RiskFinding TypeChange(string column, string before, string after, bool narrowing) => narrowing
        ? Finding(RiskCodes.TypeNarrowing, RiskLevel.High, RiskCategory.DataLoss | RiskCategory.Availability | RiskCategory.RollbackComplexity,
            $"changes {column} from {before} to {after}, which cannot hold every old value (fails or truncates); rewrites the table under lock")
        : Finding(RiskCodes.TypeChange, RiskLevel.Medium, RiskCategory.Availability | RiskCategory.Performance,
            $"changes {column} from {before} to {after}; may rewrite the table under an exclusive lock");

    /// <summary>SET NOT NULL fails when a row holds NULL and scans the table under lock.</summary>
    public static RiskFinding NotNullOnColumn(string column) =>
        Finding(RiskCodes.NotNullOnColumn, RiskLevel.High, RiskCategory.DataLoss | RiskCategory.Availability,
            $"makes {column} NOT NULL: fails if a row holds NULL, and scans the table under an exclusive lock");

    /// <summary>A NOT NULL column without default cannot be added to a table with rows.</summary>
    public static RiskFinding NotNullColumnWithoutDefault(string column) =>
        Finding(RiskCodes.NotNullColumnWithoutDefault, RiskLevel.High, RiskCategory.Availability,
            $"adds {column} NOT NULL without a default: fails if the table has rows (give it a default or make it nullable)");

    /// <summary>A unique constraint or index fails on duplicates.</summary>
    public static RiskFinding UniqueAdded(string name) =>
        Finding(RiskCodes.UniqueAdded, RiskLevel.Medium, RiskCategory.Availability, $"adds the unique {name}: fails if existing rows hold duplicates");

    /// <summary>An index built without CONCURRENTLY blocks writes while it is built.</summary>
    public static RiskFinding IndexWithoutConcurrently(string index) =>
        Finding(RiskCodes.IndexWithoutConcurrently, RiskLevel.Medium, RiskCategory.Availability | RiskCategory.Performance,
            $"builds {index} without CONCURRENTLY: writes to the table wait until it is built");

    /// <summary>A constraint added without NOT VALID checks every row under lock.</summary>
    public static RiskFinding ConstraintWithoutNotValid(string constraint) =>
        Finding(RiskCodes.ConstraintWithoutNotValid, RiskLevel.Medium, RiskCategory.Availability,
            $"adds {constraint} without NOT VALID: every existing row is checked while the table is locked; fails on a violating row");

    /// <summary>A primary key builds a unique index and fails on duplicates or NULLs.</summary>
    public static RiskFinding PrimaryKeyChange(string key) =>
        Finding(RiskCodes.PrimaryKeyChange, RiskLevel.High, RiskCategory.Availability | RiskCategory.RollbackComplexity,
            $"changes the primary key {key}: fails on duplicate or NULL keys and locks the table while the index is built");

    /// <summary>A removed enum value makes rows holding it unrepresentable.</summary>
    public static RiskFinding EnumValueRemoval(string type, string values) =>
        Finding(RiskCodes.EnumValueRemoval, RiskLevel.Critical, RiskCategory.DataLoss | RiskCategory.RollbackComplexity,
            $"removes {values} from {type}: PostgreSQL cannot drop enum values; rows holding them must be changed and the type recreated by hand");

    /// <summary>An added enum value cannot be used in the transaction that adds it, nor removed simply.</summary>
    public static RiskFinding EnumValueAdded(string type, string value) =>
        Finding(RiskCodes.EnumValueAdded, RiskLevel.Low, RiskCategory.RollbackComplexity,
            $"adds {value} to {type}: usable only after the migration commits, and not removable without recreating the type");

    /// <summary>A SQLite rebuild copies the whole table under a write lock.</summary>
    public static RiskFinding TableRebuild(string table, string why) =>
        Finding(RiskCodes.TableRebuild, RiskLevel.High, RiskCategory.Availability | RiskCategory.Performance | RiskCategory.RollbackComplexity,
            $"rebuilds {table} ({why}): copies every row into a new table while the database is locked for writes");

    /// <summary>Dropping a type, domain or sequence.</summary>
    public static RiskFinding DropType(string kind, string name) =>
        Finding(RiskCodes.DropType, RiskLevel.High, RiskCategory.RollbackComplexity, $"drops the {kind} {name}; columns using it must be gone first");

    /// <summary>A rename breaks code that uses the old name.</summary>
    public static RiskFinding Rename(string before, string after) =>
        Finding(RiskCodes.Rename, RiskLevel.Medium, RiskCategory.Availability, $"renames {before} to {after}: code and views using the old name break");

    /// <summary>A probable rename that was not confirmed.</summary>
    public static RiskFinding UnconfirmedRename(string before, string after) =>
        Finding(RiskCodes.UnconfirmedRename, RiskLevel.Critical, RiskCategory.DataLoss,
            $"{before} and {after} look like one renamed object; as a drop and an add the data of {before} would be lost");

    /// <summary>A view dropped and created again.</summary>
    public static RiskFinding ViewRecreated(string view) =>
        Finding(RiskCodes.ViewRecreated, RiskLevel.Low, RiskCategory.Availability, $"recreates the view {view}: queries using it fail while the migration runs");

    /// <summary>A changed default.</summary>
    public static RiskFinding DefaultChange(string column) =>
        Finding(RiskCodes.DefaultChange, RiskLevel.Low, RiskCategory.None, $"changes the default of {column}: existing rows keep their values");

    /// <summary>A change DataFlow leaves for a person.</summary>
    public static RiskFinding ManualChange(string what) =>
        Finding(RiskCodes.ManualChange, RiskLevel.High, RiskCategory.RollbackComplexity, what);

    private static RiskFinding Finding(string code, RiskLevel level, RiskCategory categories, string reason) =>
        new() { Code = code, Level = level, Categories = categories, Reason = reason };
}
