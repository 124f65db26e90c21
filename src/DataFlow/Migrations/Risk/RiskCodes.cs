namespace DataFlow.Migrations.Risk;

/// <summary>
/// The stable codes of the static risk rules (<see cref="RiskRules"/>). Codes never change meaning; the data facts
/// engine (row, NULL and duplicate counts) reuses them and adds facts to the same <see cref="RiskFinding"/>.
/// </summary>
public static class RiskCodes
{
    /// <summary>A table is dropped with its rows.</summary>
    public const string DropTable = "drop_table";

    /// <summary>A column is dropped with its values.</summary>
    public const string DropColumn = "drop_column";

    /// <summary>A column's type changes to one that cannot hold every old value (shorter, smaller, other kind).</summary>
    public const string TypeNarrowing = "type_narrowing";

    /// <summary>A column's type changes in a way that keeps every value but rewrites the table.</summary>
    public const string TypeChange = "type_change";

    /// <summary>NOT NULL is set on an existing column: fails if a row holds NULL, and scans the table.</summary>
    public const string NotNullOnColumn = "not_null_on_column";

    /// <summary>A NOT NULL column without a default is added: fails on a table with rows.</summary>
    public const string NotNullColumnWithoutDefault = "not_null_column_without_default";

    /// <summary>A unique constraint or unique index is added: fails on duplicates.</summary>
    public const string UniqueAdded = "unique_added";

    /// <summary>An index is built without CONCURRENTLY: writes to the table wait until it is built.</summary>
    public const string IndexWithoutConcurrently = "index_without_concurrently";

    /// <summary>A foreign key or check constraint is added without NOT VALID: the whole table is checked under lock.</summary>
    public const string ConstraintWithoutNotValid = "constraint_without_not_valid";

    /// <summary>A primary key is added or changed: builds a unique index and fails on duplicates or NULLs.</summary>
    public const string PrimaryKeyChange = "primary_key_change";

    /// <summary>An enum value is removed: rows holding it can no longer be represented.</summary>
    public const string EnumValueRemoval = "enum_value_removal";

    /// <summary>An enum value is added: cannot be used in the same transaction, and cannot be removed again simply.</summary>
    public const string EnumValueAdded = "enum_value_added";

    /// <summary>A SQLite table is rebuilt (new table, copy, swap): the whole table is copied under a write lock.</summary>
    public const string TableRebuild = "table_rebuild";

    /// <summary>A type, domain or sequence is dropped.</summary>
    public const string DropType = "drop_type";

    /// <summary>A table or column is renamed: code that uses the old name breaks.</summary>
    public const string Rename = "rename";

    /// <summary>A probable rename was not confirmed: applying it as drop + add would lose the data.</summary>
    public const string UnconfirmedRename = "unconfirmed_rename";

    /// <summary>A view is dropped and created again (its definition or a table it reads changed).</summary>
    public const string ViewRecreated = "view_recreated";

    /// <summary>A default changes: existing rows keep their values, new rows get the new one.</summary>
    public const string DefaultChange = "default_change";

    /// <summary>A change DataFlow cannot render (e.g. reordering enum values); it is left for a person.</summary>
    public const string ManualChange = "manual_change";
}
