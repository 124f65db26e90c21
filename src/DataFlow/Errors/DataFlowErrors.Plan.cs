namespace DataFlow;

/// <summary>Migration planning errors (<c>DF-PLAN-…</c>).</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowException DdlNotSupported(string dialect, string operation) => new(
        ErrorCodes.DdlNotSupported,
        $"The {dialect} dialect cannot render {operation} as a statement of its own.",
        dialect == "sqlite"
            ? "SQLite's ALTER TABLE cannot do this; rebuild the table with SqliteTableRebuild (the migration planner does it for you)."
            : "Check IDdlRenderer.Features before calling this operation.");

    public static DataFlowConfigurationException UnknownDialect(string dialect) => new(
        ErrorCodes.UnknownDialect,
        $"The schema's dialect '{dialect}' has no DDL renderer.",
        "Use a schema discovered from (or a snapshot of) a sqlite or postgresql database.");

    public static DataFlowConfigurationException DialectMismatch(string from, string to) => new(
        ErrorCodes.DialectMismatch,
        $"A migration cannot lead from a {from} schema to a {to} schema.",
        "Compare schemas of the same dialect: --to must be a snapshot or database of the same engine as --url / --from.");

    public static DataFlowConfigurationException MigrationExists(string name, string existing) => new(
        ErrorCodes.MigrationExists,
        $"A migration named '{name}' already exists: {existing}.",
        "Choose another name, or delete or edit the existing file if it was never applied.");

    public static DataFlowConfigurationException InvalidMigrationName(string name) => new(
        ErrorCodes.InvalidMigrationName,
        $"The migration name '{name}' has no letters or digits.",
        "Name the migration after what it does, e.g. add_user_email (it is written in snake_case).");

    public static DataFlowException RebuildFailed(string table, string problem, Exception? inner = null) => new(
        ErrorCodes.RebuildFailed,
        $"Rebuilding the SQLite table '{table}' failed: {problem}; nothing was changed.",
        "Fix the rows that break the new definition (see PRAGMA foreign_key_check), or change the target schema.",
        inner);
}
