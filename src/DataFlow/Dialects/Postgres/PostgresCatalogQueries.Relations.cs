namespace DataFlow.Dialects.Postgres;

internal static partial class PostgresCatalogQueries
{
    /// <summary>
    /// Tables (r), partitioned tables (p), views (v) and materialized views (m) with their partitioning,
    /// inheritance, persistence, row-level security and view definition.
    /// Parents are written <c>quote_ident(schema).quote_ident(name)</c>, so that the text is unambiguous.
    /// </summary>
    public const string Relations = $$"""
        SELECT c.oid, n.nspname, c.relname, c.relkind::text, c.relpersistence = 'u' AS unlogged,
               c.relrowsecurity, c.relforcerowsecurity,
               CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
               CASE WHEN c.relispartition THEN
                   (SELECT quote_ident(pn.nspname) || '.' || quote_ident(p.relname) || ' ' || pg_get_expr(c.relpartbound, c.oid, true)
                      FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
                     WHERE i.inhrelid = c.oid) END AS partition_of,
               CASE WHEN NOT c.relispartition THEN
                   (SELECT string_agg(quote_ident(pn.nspname) || '.' || quote_ident(p.relname), ', ' ORDER BY i.inhseqno)
                      FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
                     WHERE i.inhrelid = c.oid) END AS inherits,
               CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS definition
          FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE {{RelationInScope}}
        """;

    /// <summary>
    /// Columns of every relation in scope in attnum order (dropped and system columns skipped), with the raw
    /// type, default, identity, generation, a collation that differs from the type's, and whether the
    /// default uses a sequence owned by the column (serial).
    /// </summary>
    public const string Columns = $$"""
        SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS raw_type,
               a.atttypid, a.atttypmod, a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid, true) AS default_expr,
               a.attidentity::text AS identity, a.attgenerated::text AS generated,
               CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN {{CollationName}} END AS collation,
               d.oid IS NOT NULL AND EXISTS (
                   SELECT 1
                     FROM pg_depend own
                     JOIN pg_class s ON s.oid = own.objid AND s.relkind = 'S'
                     JOIN pg_depend uses ON uses.refclassid = 'pg_class'::regclass AND uses.refobjid = s.oid
                    WHERE own.classid = 'pg_class'::regclass AND own.refclassid = 'pg_class'::regclass
                      AND own.refobjid = a.attrelid AND own.refobjsubid = a.attnum AND own.deptype = 'a'
                      AND uses.classid = 'pg_attrdef'::regclass AND uses.objid = d.oid) AS owns_default_sequence
          FROM pg_attribute a
          JOIN pg_class c ON c.oid = a.attrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_type t ON t.oid = a.atttypid
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
          LEFT JOIN pg_collation co ON co.oid = a.attcollation
          LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
         WHERE {{RelationInScope}} AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY a.attrelid, a.attnum
        """;
}
