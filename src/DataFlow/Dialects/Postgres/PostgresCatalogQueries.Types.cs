namespace DataFlow.Dialects.Postgres;

internal static partial class PostgresCatalogQueries
{
    /// <summary>
    /// Every type the columns and domains in scope may use, followed through array elements and domain base
    /// types (recursively), so that <see cref="PostgresTypeMapper"/> can map them without further queries, with
    /// each type's default collation (what a column's collation is compared with).
    /// </summary>
    /// <remarks>
    /// The seed is a superset found without scanning every column: all the types initdb made (OIDs below
    /// 16384, FirstNormalObjectId: the built-in types, a few hundred rows whatever the database), and every
    /// other type a column uses, which PostgreSQL records in pg_depend (a column depends on its type unless
    /// the type is pinned, and only initdb's objects are). The mapper looks types up by OID, so the extra
    /// rows change nothing. Only types from 16384 up are followed: initdb's arrays and domains are made of
    /// initdb's types, which the seed holds already. Each step probes pg_type's OID index for the few types
    /// it follows (<c>OFFSET 0</c> keeps the planner from turning it into a hash of all of pg_type, built
    /// again at every step).
    /// </remarks>
    public const string Types = $$"""
        WITH RECURSIVE used(oid) AS (
            SELECT seed.oid FROM (
                SELECT t.oid
                  FROM pg_type t
                 WHERE t.oid < 16384
                UNION
                SELECT d.refobjid
                  FROM pg_depend d
                 WHERE d.refclassid = 'pg_type'::regclass AND d.classid = 'pg_class'::regclass AND d.objsubid > 0
                UNION
                SELECT t.oid
                  FROM pg_type t
                  JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE t.typtype = 'd' AND {{UserSchema}}) seed
            UNION
            SELECT v.oid
              FROM used u
             CROSS JOIN LATERAL (SELECT t.typelem, t.typbasetype FROM pg_type t WHERE t.oid = u.oid OFFSET 0) t
             CROSS JOIN LATERAL (VALUES (t.typelem), (t.typbasetype)) v(oid)
             WHERE u.oid >= 16384 AND v.oid <> 0)
        SELECT t.oid, n.nspname, t.typname, t.typtype::text, t.typcategory = 'A' AND t.typelem <> 0 AND t.typlen = -1 AS is_array,
               t.typelem, t.typbasetype, t.typtypmod, format_type(t.oid, NULL) AS display_name, t.typcollation
          FROM used u
          JOIN pg_type t ON t.oid = u.oid
          JOIN pg_namespace n ON n.oid = t.typnamespace
        """;

    /// <summary>Enum types in scope with their labels in sort order.</summary>
    public const string Enums = $$"""
        SELECT t.oid, n.nspname, t.typname,
               ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
          FROM pg_type t
          JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE t.typtype = 'e' AND {{UserSchema}} AND {{NotExtensionType}}
        """;

    /// <summary>Domains in scope: base type, NOT NULL, default and a collation that differs from the base type's.</summary>
    public const string Domains = $$"""
        SELECT t.oid, n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod) AS base_raw_type,
               t.typbasetype, t.typtypmod, t.typnotnull, pg_get_expr(t.typdefaultbin, 0, true) AS default_expr,
               CASE WHEN t.typcollation <> b.typcollation AND t.typcollation <> 0 THEN {{CollationName}} END AS collation
          FROM pg_type t
          JOIN pg_namespace n ON n.oid = t.typnamespace
          JOIN pg_type b ON b.oid = t.typbasetype
          LEFT JOIN pg_collation co ON co.oid = t.typcollation
          LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
         WHERE t.typtype = 'd' AND {{UserSchema}} AND {{NotExtensionType}}
        """;

    /// <summary>CHECK constraints of the domains in scope.</summary>
    public const string DomainChecks = $$"""
        SELECT k.contypid, k.conname, pg_get_expr(k.conbin, 0, true) AS check_expr, k.convalidated
          FROM pg_constraint k
          JOIN pg_type t ON t.oid = k.contypid
          JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE k.contype = 'c' AND t.typtype = 'd' AND {{UserSchema}} AND {{NotExtensionType}}
        """;

    /// <summary>
    /// Sequences in scope with their owning column as (relation OID, attnum), and whether they back an identity
    /// column (dependency type <c>i</c>) rather than an OWNED BY (<c>a</c>). The reader names the owner from
    /// the columns it read; the owner is named here (<c>schema.table.column</c>, raw names) only when it is
    /// not a relation in scope (OWNED BY needs the same schema, but the owner may be a foreign table or an
    /// extension's table). The type comes as its OID, which the reader names from <see cref="Types"/> (a sequence is
    /// smallint, integer or bigint, all read there): no <c>format_type</c> per sequence.
    /// </summary>
    public const string Sequences = $$"""
        SELECT n.nspname, c.relname, s.seqtypid,
               s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
               own.refobjid AS owner, own.refobjsubid AS owner_column,
               CASE WHEN tc.relnamespace <> c.relnamespace OR tc.relkind NOT IN ('r', 'p', 'v', 'm')
                         OR tc.oid IN ({{ExtensionRelations}}) THEN
                   (SELECT tn.nspname || '.' || tc.relname || '.' || ta.attname
                      FROM pg_namespace tn, pg_attribute ta
                     WHERE tn.oid = tc.relnamespace AND ta.attrelid = tc.oid AND ta.attnum = own.refobjsubid) END AS owned_by,
               COALESCE(own.deptype = 'i', false) AS is_identity
          FROM pg_sequence s
          JOIN pg_class c ON c.oid = s.seqrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN LATERAL (
              SELECT d.refobjid, d.refobjsubid, d.deptype
                FROM pg_depend d
               WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
                 AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
               LIMIT 1) own ON true
          LEFT JOIN pg_class tc ON tc.oid = own.refobjid
         WHERE {{UserSchema}} AND {{NotExtensionRelation}}
        """;

    /// <summary>
    /// Comments on relations and their columns (kind <c>r</c>, sub id = attnum) and on enums and domains
    /// (kind <c>t</c>).
    /// </summary>
    public const string Comments = $$"""
        SELECT 'r' AS kind, d.objoid, d.objsubid, d.description
          FROM pg_description d
          JOIN pg_class c ON c.oid = d.objoid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE d.classoid = 'pg_class'::regclass AND {{RelationInScope}}
        UNION ALL
        SELECT 't', d.objoid, 0, d.description
          FROM pg_description d
          JOIN pg_type t ON t.oid = d.objoid
          JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE d.classoid = 'pg_type'::regclass AND d.objsubid = 0 AND t.typtype IN ('e', 'd') AND {{UserSchema}}
        """;
}
