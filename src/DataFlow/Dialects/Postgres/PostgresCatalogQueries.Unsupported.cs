namespace DataFlow.Dialects.Postgres;

internal static partial class PostgresCatalogQueries
{
    /// <summary>
    /// Keeps the object <c>o</c> (of any catalog with an oid) unless an extension owns it or it exists only as
    /// part of another object (deptype <c>i</c>, e.g. the constructor functions of a range type).
    /// </summary>
    private const string NotExtensionObject =
        "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = o.tableoid AND x.objid = o.oid AND x.deptype IN ('e', 'i'))";

    /// <summary>
    /// Everything in scope the schema model cannot represent, one row per object (kind, qualified name):
    /// user triggers (not internal, not clones on partitions), functions, procedures and aggregates, policies,
    /// exclusion constraints, rules (not a view's <c>_RETURN</c>), composite, range and base types, collations,
    /// text search configurations and dictionaries, operators, extended statistics, foreign tables,
    /// extensions, event triggers and publications. Objects owned by extensions, or made internally for another object, are left out.
    /// </summary>
    /// <remarks>
    /// Most databases have none of these, so the query's cost is finding nothing: functions, operators and
    /// collations are read from <see cref="FirstNormalObjectId"/> up by their OID index (initdb's thousands of
    /// built-in rows are skipped), and foreign tables from pg_foreign_table rather than by a scan of pg_class.
    /// </remarks>
    public const string Unsupported = $$"""
        SELECT 'trigger' AS kind, n.nspname || '.' || c.relname || '.' || o.tgname AS name
          FROM pg_trigger o JOIN pg_class c ON c.oid = o.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE NOT o.tgisinternal AND o.tgparentid = 0 AND {{UserSchema}} AND {{NotExtensionRelation}}
        UNION ALL
        SELECT CASE o.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
               n.nspname || '.' || o.proname || '(' || pg_get_function_identity_arguments(o.oid) || ')'
          FROM pg_proc o JOIN pg_namespace n ON n.oid = o.pronamespace
         WHERE o.oid >= {{FirstNormalObjectId}} AND {{UserSchema}} AND {{NotExtensionObject}}
        UNION ALL
        SELECT 'policy', n.nspname || '.' || c.relname || '.' || o.polname
          FROM pg_policy o JOIN pg_class c ON c.oid = o.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE {{UserSchema}} AND {{NotExtensionRelation}}
        UNION ALL
        SELECT 'exclusion_constraint', n.nspname || '.' || c.relname || '.' || o.conname
          FROM pg_constraint o JOIN pg_class c ON c.oid = o.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE o.contype = 'x' AND {{UserSchema}} AND {{NotExtensionRelation}}
        UNION ALL
        SELECT 'rule', n.nspname || '.' || c.relname || '.' || o.rulename
          FROM pg_rewrite o JOIN pg_class c ON c.oid = o.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE o.rulename <> '_RETURN' AND {{UserSchema}} AND {{NotExtensionRelation}}
        UNION ALL
        SELECT CASE o.typtype WHEN 'c' THEN 'composite_type' WHEN 'r' THEN 'range_type' ELSE 'base_type' END,
               n.nspname || '.' || o.typname
          FROM pg_type o JOIN pg_namespace n ON n.oid = o.typnamespace
         WHERE (o.typtype = 'r'
                OR (o.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = o.typrelid AND r.relkind = 'c'))
                OR (o.typtype = 'b' AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = o.oid)))
           AND {{UserSchema}} AND {{NotExtensionObject}}
        UNION ALL
        SELECT 'collation', n.nspname || '.' || o.collname
          FROM pg_collation o JOIN pg_namespace n ON n.oid = o.collnamespace
         WHERE o.oid >= {{FirstNormalObjectId}} AND {{UserSchema}} AND {{NotExtensionObject}}
        UNION ALL
        SELECT 'text_search_configuration', n.nspname || '.' || o.cfgname
          FROM pg_ts_config o JOIN pg_namespace n ON n.oid = o.cfgnamespace
         WHERE {{UserSchema}} AND {{NotExtensionObject}}
        UNION ALL
        SELECT 'text_search_dictionary', n.nspname || '.' || o.dictname
          FROM pg_ts_dict o JOIN pg_namespace n ON n.oid = o.dictnamespace
         WHERE {{UserSchema}} AND {{NotExtensionObject}}
        UNION ALL
        SELECT 'operator', n.nspname || '.' || o.oprname || '(' || format_type(o.oprleft, NULL) || ', ' || format_type(o.oprright, NULL) || ')'
          FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
         WHERE o.oid >= {{FirstNormalObjectId}} AND {{UserSchema}} AND {{NotExtensionObject}}
        UNION ALL
        SELECT 'statistics', n.nspname || '.' || o.stxname
          FROM pg_statistic_ext o JOIN pg_namespace n ON n.oid = o.stxnamespace
         WHERE {{UserSchema}} AND {{NotExtensionObject}}
        UNION ALL
        SELECT 'foreign_table', n.nspname || '.' || c.relname
          FROM pg_foreign_table ft JOIN pg_class c ON c.oid = ft.ftrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind = 'f' AND {{UserSchema}} AND {{NotExtensionRelation}}
        UNION ALL
        SELECT 'extension', o.extname
          FROM pg_extension o JOIN pg_namespace n ON n.oid = o.extnamespace
         WHERE {{UserSchema}}
        UNION ALL
        SELECT 'event_trigger', o.evtname
          FROM pg_event_trigger o
         WHERE {{NotExtensionObject}}
        UNION ALL
        SELECT 'publication', o.pubname
          FROM pg_publication o
        """;
}
