namespace DataFlow.Dialects.Postgres;

internal static partial class PostgresCatalogQueries
{
    /// <summary>
    /// Primary keys, unique constraints, foreign keys and CHECK constraints of tables in scope. Column lists
    /// come as attribute numbers, named by the reader from the columns it read; the principal columns are
    /// named here only when the principal table may be outside the schemas read (another schema, or a table
    /// an extension owns), since its columns were not read then. A unique constraint's NULLS NOT DISTINCT
    /// comes from its backing index. Exclusion constraints are reported by <see cref="Unsupported"/>. A
    /// foreign key to a partitioned table is one key: the hidden per-partition copies PostgreSQL adds on the
    /// same referencing table (<c>conparentid</c> set) are left out, while the copies on partitions of a
    /// partitioned referencing table are those partitions' own keys. Every look-up that is not a join is a
    /// hashed set or runs for the few rows that need it, so that the planner joins by hash.
    /// </summary>
    public const string Constraints = $$"""
        SELECT k.conrelid, k.conname, k.contype::text, k.conkey,
               fn.nspname AS principal_schema, f.relname AS principal_table, k.confrelid, k.confkey,
               CASE WHEN f.relnamespace <> c.relnamespace OR f.oid IN ({{ExtensionRelations}}) THEN
                   ARRAY(SELECT (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = k.confrelid AND a.attnum = u.num)
                           FROM unnest(k.confkey) WITH ORDINALITY u(num, ord) ORDER BY u.ord) END AS principal_columns,
               k.confupdtype::text, k.confdeltype::text, k.confmatchtype::text, k.condeferrable, k.condeferred, k.convalidated,
               CASE WHEN k.contype = 'c' THEN pg_get_expr(k.conbin, k.conrelid, true) END AS check_expr,
               COALESCE(k.contype = 'u' AND (SELECT ix.indnullsnotdistinct FROM pg_index ix WHERE ix.indexrelid = k.conindid), false)
                   AS nulls_not_distinct
          FROM pg_constraint k
          JOIN pg_class c ON c.oid = k.conrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN pg_class f ON f.oid = k.confrelid
          LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
         WHERE k.contype IN ('p', 'u', 'f', 'c') AND {{RelationInScope}}
           AND NOT (k.contype = 'f' AND k.conparentid <> 0
                    AND (k.conparentid, k.conrelid) IN (SELECT p.oid, p.conrelid FROM pg_constraint p))
        """;

    /// <summary>
    /// Indexes of tables and materialized views in scope, leaving out those that back a primary key, unique
    /// or exclusion constraint. The per-position arrays come raw (attribute numbers, options, operator class
    /// and collation OIDs); the reader names them from the columns and <see cref="IndexNames"/>. Only an index
    /// with expressions has them deparsed, with its key types' default collations (what an expression key's
    /// collation is compared with).
    /// </summary>
    public const string Indexes = $$"""
        SELECT i.indrelid, ic.relname AS name, i.indisunique, i.indnullsnotdistinct,
               CASE WHEN am.amname <> 'btree' THEN am.amname END AS method, i.indnkeyatts,
               i.indkey::int2[] AS keys, i.indoption::int2[] AS options, i.indclass::oid[] AS operator_classes,
               i.indcollation::oid[] AS collations,
               CASE WHEN i.indexprs IS NOT NULL THEN
                   ARRAY(SELECT CASE WHEN u.num = 0 THEN pg_get_indexdef(i.indexrelid, u.ord::int, true) END
                           FROM unnest(i.indkey::int2[]) WITH ORDINALITY u(num, ord) ORDER BY u.ord) END AS expressions,
               CASE WHEN i.indexprs IS NOT NULL THEN
                   ARRAY(SELECT it.typcollation
                           FROM pg_attribute ia JOIN pg_type it ON it.oid = ia.atttypid
                          WHERE ia.attrelid = i.indexrelid AND ia.attnum > 0 ORDER BY ia.attnum) END AS key_type_collations,
               pg_get_expr(i.indpred, i.indrelid, true) AS predicate
          FROM pg_index i
          JOIN pg_class ic ON ic.oid = i.indexrelid
          JOIN pg_am am ON am.oid = ic.relam
         WHERE i.indrelid IN ({{RelationsInScope}})
           AND i.indexrelid NOT IN (SELECT k.conindid FROM pg_constraint k WHERE k.contype IN ('p', 'u', 'x'))
        """;

    /// <summary>
    /// The names index keys may need: every non-default operator class (kind <c>o</c>) and every collation
    /// (kind <c>c</c>); plain for pg_catalog, else schema-qualified. A few hundred rows whatever the number of
    /// tables (most of them ICU collations), cheaper than finding the few that indexes use.
    /// </summary>
    public const string IndexNames = $$"""
        SELECT 'o' AS kind, oc.oid, CASE WHEN ocn.nspname = 'pg_catalog' THEN oc.opcname ELSE ocn.nspname || '.' || oc.opcname END AS name
          FROM pg_opclass oc
          JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
         WHERE NOT oc.opcdefault
        UNION ALL
        SELECT 'c', co.oid, {{CollationName}}
          FROM pg_collation co
          JOIN pg_namespace con ON con.oid = co.collnamespace
        """;
}
