namespace DataFlow.Dialects.Postgres;

/// <summary>
/// The catalog SQL of PostgreSQL discovery: one constant query per object kind, sent in two
/// <c>NpgsqlBatch</c>es (see <see cref="PostgresCatalogReader"/>). Every query takes the same parameter,
/// <c>@schemas</c> (text[]; empty for all non-system schemas), and reads <c>pg_catalog</c> directly
/// (information_schema is too slow and hides what the user cannot write to).
/// </summary>
/// <remarks>
/// The queries run in READ ONLY, REPEATABLE READ transactions that share one snapshot, so that every query
/// sees the same catalogs and the server itself refuses any change. <c>search_path</c> is pinned to
/// <c>pg_catalog, public</c> for the transaction, so that <c>format_type</c>, <c>pg_get_expr</c> and
/// <c>pg_get_viewdef</c> qualify names the same way whatever the user's settings: objects in
/// <c>public</c> unqualified, objects in any other schema as <c>schema.name</c>.
/// </remarks>
internal static partial class PostgresCatalogQueries
{
    /// <summary>The name of the one parameter every query takes.</summary>
    public const string SchemasParameter = "schemas";

    /// <summary>
    /// Keeps the namespace <c>n</c> when it is a user schema: names starting with <c>pg_</c> are reserved
    /// for the system (pg_catalog, pg_toast*, pg_temp_*, pg_toast_temp_*).
    /// </summary>
    private const string UserSchema =
        "n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' " +
        "AND (cardinality(@schemas) = 0 OR n.nspname = ANY(@schemas))";

    /// <summary>
    /// Keeps the relation <c>c</c> unless an extension owns it. Membership is looked up from the extension's
    /// side (<c>refclassid</c> leads pg_depend's reference index), so that the planner sees how few rows that
    /// is and joins by hash; probing from the relation's side cost a scan of pg_depend per query.
    /// </summary>
    private const string NotExtensionRelation =
        "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.refclassid = 'pg_extension'::regclass AND x.classid = 'pg_class'::regclass " +
        "AND x.objid = c.oid AND x.deptype = 'e')";

    /// <summary>The OIDs of the relations extensions own, for <c>IN</c> (a hashed sub-plan, evaluated once).</summary>
    private const string ExtensionRelations =
        "SELECT x.objid FROM pg_depend x WHERE x.refclassid = 'pg_extension'::regclass AND x.classid = 'pg_class'::regclass AND x.deptype = 'e'";

    /// <summary>Keeps the type <c>t</c> unless an extension owns it (looked up as in <see cref="NotExtensionRelation"/>).</summary>
    private const string NotExtensionType =
        "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.refclassid = 'pg_extension'::regclass AND x.classid = 'pg_type'::regclass " +
        "AND x.objid = t.oid AND x.deptype = 'e')";

    /// <summary>Keeps the relation <c>c</c> in namespace <c>n</c> when it is a table, partition, view or materialized view in scope.</summary>
    private const string RelationInScope = "c.relkind IN ('r', 'p', 'v', 'm') AND " + UserSchema + " AND " + NotExtensionRelation;

    /// <summary>
    /// The OIDs of the relations in scope, for <c>IN</c> where a query needs nothing else of the relation:
    /// the semi-join probes one small hash per row, where joining pg_class and then pg_namespace probed two.
    /// </summary>
    private const string RelationsInScope = "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + RelationInScope;

    /// <summary>A collation <c>co</c> in namespace <c>con</c> as a name: plain for pg_catalog, else schema-qualified.</summary>
    private const string CollationName =
        "CASE WHEN con.nspname = 'pg_catalog' THEN co.collname ELSE con.nspname || '.' || co.collname END";

    /// <summary>
    /// FirstNormalObjectId: every object initdb made (the built-in types, functions, operators, collations,
    /// all in pg_catalog or information_schema) has a lower OID, and the server never hands out a lower one
    /// afterwards, even when the OID counter wraps around. A user object's OID is at least this, so
    /// <c>oid &gt;= 16384</c> is a redundant filter for a user schema, which lets a query read a catalog's OID index
    /// from there instead of scanning the built-in rows.
    /// </summary>
    private const string FirstNormalObjectId = "16384";

    /// <summary>The oldest server the catalog SQL reads (<c>pg_trigger.tgparentid</c> arrived in PostgreSQL 13).</summary>
    public static readonly Version MinimumServerVersion = new(13, 0);

    private static readonly Version NullsNotDistinctVersion = new(15, 0);

    /// <summary>
    /// <paramref name="query"/> as a server of version <paramref name="serverVersion"/> (at least
    /// <see cref="MinimumServerVersion"/>) runs it: PostgreSQL 13 and 14 have no
    /// <c>pg_index.indnullsnotdistinct</c>, since NULLS NOT DISTINCT does not exist there.
    /// </summary>
    public static string ForServer(string query, Version serverVersion) =>
        serverVersion >= NullsNotDistinctVersion
            ? query
            : query.Replace("ix.indnullsnotdistinct", "false", StringComparison.Ordinal)
                   .Replace("i.indnullsnotdistinct", "false", StringComparison.Ordinal);
}
