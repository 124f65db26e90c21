namespace DataFlow.Dialects.Postgres;

internal static partial class PostgresCatalogQueries
{
    /// <summary>
    /// Tables (r), partitioned tables (p), views (v) and materialized views (m) with their partitioning,
    /// inheritance, persistence, row-level security and view definition.
    /// Parents are written <c>quote_ident(schema).quote_ident(name)</c>, so that the text is unambiguous.
    /// Only children (a hashed look-up of pg_inherits) run the per-relation parent sub-query.
    /// </summary>
    public const string Relations = $$"""
        SELECT c.oid, n.nspname, c.relname, c.relkind::text, c.relpersistence = 'u' AS unlogged,
               c.relrowsecurity, c.relforcerowsecurity,
               CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
               CASE WHEN c.relispartition THEN
                   (SELECT quote_ident(pn.nspname) || '.' || quote_ident(p.relname) || ' ' || pg_get_expr(c.relpartbound, c.oid, true)
                      FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
                     WHERE i.inhrelid = c.oid) END AS partition_of,
               CASE WHEN NOT c.relispartition AND c.oid IN (SELECT h.inhrelid FROM pg_inherits h) THEN
                   (SELECT string_agg(quote_ident(pn.nspname) || '.' || quote_ident(p.relname), ', ' ORDER BY i.inhseqno)
                      FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
                     WHERE i.inhrelid = c.oid) END AS inherits,
               CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS definition
          FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE {{RelationInScope}}
        """;

    /// <summary>
    /// Columns of every relation in scope (dropped and system columns skipped; the reader puts them in attnum
    /// order), with the raw type, default, identity, generation and the collation's OID. Serial columns are in
    /// <see cref="SerialColumns"/>. The raw type is formatted here only for a column with a type modifier, and not
    /// for <c>varchar(n)</c> and <c>numeric(p,s)</c>, whose text the reader writes the way <c>format_type</c> does
    /// (<see cref="PostgresTypeModifiers.Format"/>). Without a modifier, it is the type's display name from
    /// <see cref="Types"/> (the same text, but for bpchar and bit, whose <c>format_type</c> tells a missing
    /// modifier from none given, so they are formatted here too).
    /// </summary>
    /// <remarks>
    /// A default cannot refer to a column, so it is deparsed without its relation (<c>pg_get_expr(adbin, 0)</c>,
    /// the same text): deparsing with the relation opens it and names all its columns, per default. Only a
    /// generation expression, which refers to columns, needs it. Whether the collation is the type's own, and its
    /// name when not, the reader finds from <see cref="Types"/> and <see cref="IndexNames"/>: joining pg_type here
    /// cost a look-up per column.
    /// </remarks>
    public const string Columns = $$"""
        SELECT a.attrelid, a.attnum, a.attname,
               CASE WHEN (a.atttypid = 'varchar'::regtype AND a.atttypmod > 4) OR (a.atttypid = 'numeric'::regtype AND a.atttypmod >= 4) THEN NULL
                    WHEN a.atttypmod <> -1 OR a.atttypid IN ('bpchar'::regtype, 'bit'::regtype, '_bpchar'::regtype, '_bit'::regtype)
                    THEN format_type(a.atttypid, a.atttypmod) END AS raw_type,
               a.atttypid, a.atttypmod, a.attnotnull,
               CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, 0, true) ELSE pg_get_expr(d.adbin, d.adrelid, true) END AS default_expr,
               a.attidentity::text AS identity, a.attgenerated::text AS generated, a.attcollation
          FROM pg_attribute a
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE a.attrelid IN ({{RelationsInScope}}) AND a.attnum > 0 AND NOT a.attisdropped
        """;

    /// <summary>
    /// The columns (relation OID, attnum) whose default uses a sequence the column owns: serial columns. Found
    /// from the defaults' dependencies on whole sequences (a default cannot refer to a column, so
    /// <c>refobjsubid</c> is 0) and the sequences' OWNED BY dependencies. A query of its own, so that it runs
    /// in the session that does not read the columns.
    /// </summary>
    public const string SerialColumns = """
        SELECT own.refobjid, own.refobjsubid
          FROM pg_depend uses
          JOIN pg_sequence s ON s.seqrelid = uses.refobjid
          JOIN pg_depend own ON own.classid = 'pg_class'::regclass AND own.objid = s.seqrelid
                            AND own.refclassid = 'pg_class'::regclass AND own.deptype = 'a'
          JOIN pg_attrdef d ON d.oid = uses.objid AND d.adrelid = own.refobjid AND d.adnum = own.refobjsubid
         WHERE uses.classid = 'pg_attrdef'::regclass AND uses.refclassid = 'pg_class'::regclass AND uses.refobjsubid = 0
        """;
}
