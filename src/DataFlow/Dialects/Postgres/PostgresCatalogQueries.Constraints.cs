namespace DataFlow.Dialects.Postgres;

internal static partial class PostgresCatalogQueries
{
    /// <summary>
    /// Primary keys, unique constraints, foreign keys and CHECK constraints of tables in scope. Column lists
    /// are resolved in key order here, one index lookup per key (cheaper than joining all the table's columns) (the principal table may be outside the schemas read). A unique
    /// constraint's NULLS NOT DISTINCT comes from its backing index. Exclusion constraints are reported by
    /// <see cref="Unsupported"/>. A foreign key to a partitioned table is one key: the hidden per-partition
    /// copies PostgreSQL adds on the same referencing table (<c>conparentid</c> set) are left out, while the
    /// copies on partitions of a partitioned referencing table are those partitions' own keys.
    /// </summary>
    public const string Constraints = $$"""
        SELECT k.conrelid, k.conname, k.contype::text,
               ARRAY(SELECT (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attnum = u.num)
                       FROM unnest(k.conkey) WITH ORDINALITY u(num, ord) ORDER BY u.ord) AS columns,
               fn.nspname AS principal_schema, f.relname AS principal_table,
               ARRAY(SELECT (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = k.confrelid AND a.attnum = u.num)
                       FROM unnest(k.confkey) WITH ORDINALITY u(num, ord) ORDER BY u.ord) AS principal_columns,
               k.confupdtype::text, k.confdeltype::text, k.confmatchtype::text, k.condeferrable, k.condeferred, k.convalidated,
               CASE WHEN k.contype = 'c' THEN pg_get_expr(k.conbin, k.conrelid, true) END AS check_expr,
               COALESCE(ix.indnullsnotdistinct, false) AS nulls_not_distinct
          FROM pg_constraint k
          JOIN pg_class c ON c.oid = k.conrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN pg_class f ON f.oid = k.confrelid
          LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
          LEFT JOIN pg_index ix ON ix.indexrelid = k.conindid AND k.contype = 'u'
         WHERE k.contype IN ('p', 'u', 'f', 'c') AND {{RelationInScope}}
           AND NOT (k.contype = 'f' AND k.conparentid <> 0
                    AND EXISTS (SELECT 1 FROM pg_constraint p WHERE p.oid = k.conparentid AND p.conrelid = k.conrelid))
        """;

    /// <summary>
    /// Indexes of tables and materialized views in scope, leaving out those that back a primary key, unique
    /// or exclusion constraint. Per index position: the column name (null for an expression), the expression
    /// (null for a column), and the operator class and collation when they are not the defaults.
    /// </summary>
    public const string Indexes = $$"""
        SELECT i.indrelid, ic.relname AS name, i.indisunique, i.indnullsnotdistinct,
               CASE WHEN am.amname <> 'btree' THEN am.amname END AS method, i.indnkeyatts,
               ARRAY(SELECT (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = u.num)
                       FROM unnest(i.indkey::int2[]) WITH ORDINALITY u(num, ord) ORDER BY u.ord) AS columns,
               ARRAY(SELECT CASE WHEN u.num = 0 THEN pg_get_indexdef(i.indexrelid, u.ord::int, true) END
                       FROM unnest(i.indkey::int2[]) WITH ORDINALITY u(num, ord) ORDER BY u.ord) AS expressions,
               i.indoption::int2[] AS options,
               ARRAY(SELECT (SELECT CASE WHEN ocn.nspname = 'pg_catalog' THEN oc.opcname ELSE ocn.nspname || '.' || oc.opcname END
                               FROM pg_opclass oc JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
                              WHERE oc.oid = u.opc AND NOT oc.opcdefault)
                       FROM unnest(i.indclass::oid[]) WITH ORDINALITY u(opc, ord) ORDER BY u.ord) AS opclasses,
               ARRAY(SELECT CASE WHEN u.coll <> 0 AND u.coll <> COALESCE(ta.attcollation, it.typcollation) THEN {{CollationName}} END
                       FROM unnest(i.indcollation::oid[]) WITH ORDINALITY u(coll, ord)
                       JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = u.ord
                       JOIN pg_type it ON it.oid = ia.atttypid
                       LEFT JOIN pg_attribute ta ON ta.attrelid = i.indrelid AND ta.attnum = i.indkey[u.ord - 1] AND ta.attnum > 0
                       LEFT JOIN pg_collation co ON co.oid = u.coll
                       LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
                      ORDER BY u.ord) AS collations,
               pg_get_expr(i.indpred, i.indrelid, true) AS predicate
          FROM pg_index i
          JOIN pg_class ic ON ic.oid = i.indexrelid
          JOIN pg_am am ON am.oid = ic.relam
          JOIN pg_class c ON c.oid = i.indrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE {{RelationInScope}}
           AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                            WHERE k.conrelid = i.indrelid AND k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
        """;
}
