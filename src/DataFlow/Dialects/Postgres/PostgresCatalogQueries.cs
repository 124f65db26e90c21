namespace DataFlow.Dialects.Postgres;

/// <summary>
/// The catalog SQL of PostgreSQL discovery: one constant query per object kind, all sent in one
/// <c>NpgsqlBatch</c>. Every query takes the same parameter, <c>@schemas</c> (text[]; empty for all
/// non-system schemas), and reads <c>pg_catalog</c> directly (information_schema is too slow and
/// hides what the user cannot write to).
/// </summary>
/// <remarks>
/// The batch runs in one READ ONLY, REPEATABLE READ transaction, so that every query sees the same
/// snapshot and the server itself refuses any change. <c>search_path</c> is pinned to
/// <c>pg_catalog, public</c> for the transaction, so that <c>format_type</c>, <c>pg_get_expr</c> and
/// <c>pg_get_viewdef</c> qualify names the same way whatever the user's settings: objects in
/// <c>public</c> unqualified, objects in any other schema as <c>schema.name</c>.
/// </remarks>
internal static partial class PostgresCatalogQueries
{
    /// <summary>The name of the one parameter every query takes.</summary>
    public const string SchemasParameter = "schemas";

    /// <summary>Starts the read-only snapshot the queries share.</summary>
    public const string Begin = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

    /// <summary>Pins the search path for the transaction (see the remarks on the class).</summary>
    public const string PinSearchPath = "SET LOCAL search_path = pg_catalog, public";

    /// <summary>
    /// Turns JIT compilation off for the transaction: on a large catalog the estimated costs pass
    /// jit_above_cost, and compiling costs more (about 80 ms per query) than these queries take to run.
    /// </summary>
    public const string NoJit = "SET LOCAL jit = off";

    /// <summary>Ends the transaction (nothing was written).</summary>
    public const string Commit = "COMMIT";

    /// <summary>
    /// Keeps the namespace <c>n</c> when it is a user schema: names starting with <c>pg_</c> are reserved
    /// for the system (pg_catalog, pg_toast*, pg_temp_*, pg_toast_temp_*).
    /// </summary>
    private const string UserSchema =
        "n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' " +
        "AND (cardinality(@schemas) = 0 OR n.nspname = ANY(@schemas))";

    /// <summary>Keeps the relation <c>c</c> unless an extension owns it.</summary>
    private const string NotExtensionRelation =
        "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')";

    /// <summary>Keeps the type <c>t</c> unless an extension owns it.</summary>
    private const string NotExtensionType =
        "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')";

    /// <summary>Keeps the relation <c>c</c> in namespace <c>n</c> when it is a table, partition, view or materialized view in scope.</summary>
    private const string RelationInScope = "c.relkind IN ('r', 'p', 'v', 'm') AND " + UserSchema + " AND " + NotExtensionRelation;

    /// <summary>A collation <c>co</c> in namespace <c>con</c> as a name: plain for pg_catalog, else schema-qualified.</summary>
    private const string CollationName =
        "CASE WHEN con.nspname = 'pg_catalog' THEN co.collname ELSE con.nspname || '.' || co.collname END";

    /// <summary>The oldest server the catalog SQL reads (<c>pg_trigger.tgparentid</c> arrived in PostgreSQL 13).</summary>
    public static readonly Version MinimumServerVersion = new(13, 0);

    private static readonly Version NullsNotDistinctVersion = new(15, 0);

    /// <summary>The queries in batch order; <see cref="PostgresCatalogReader"/> reads the results in this order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Relations, Columns, Constraints, Indexes, Types, Enums, Domains, DomainChecks, Sequences, Comments, Unsupported,
    ];

    // PostgreSQL 13 and 14 have no pg_index.indnullsnotdistinct: NULLS NOT DISTINCT does not exist there.
    private static IReadOnlyList<string> BeforeNullsNotDistinct { get; } =
        All.Select(q => q.Replace("ix.indnullsnotdistinct", "false", StringComparison.Ordinal)
                         .Replace("i.indnullsnotdistinct", "false", StringComparison.Ordinal)).ToList();

    /// <summary>The queries for a server of version <paramref name="serverVersion"/> (at least <see cref="MinimumServerVersion"/>).</summary>
    public static IReadOnlyList<string> For(Version serverVersion) =>
        serverVersion >= NullsNotDistinctVersion ? All : BeforeNullsNotDistinct;
}
