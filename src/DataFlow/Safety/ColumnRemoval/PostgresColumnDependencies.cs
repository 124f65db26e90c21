using DataFlow.Data;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <summary>
/// The dependents of a PostgreSQL column, from <c>pg_depend</c> in one query: indexes (<c>pg_index</c>, those behind
/// constraints left to the constraint), constraints both ways (<c>pg_constraint</c>), views and materialized views
/// (<c>pg_rewrite</c>), triggers (<c>pg_trigger</c>), policies (<c>pg_policy</c>) and generated columns
/// (<c>pg_attrdef</c>), each with its definition from the catalog's own deparsers.
/// </summary>
internal static class PostgresColumnDependencies
{
    private const string Query = """
        WITH t AS (SELECT a.attrelid AS rel, a.attnum AS num FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attname = $2 AND NOT a.attisdropped),
        d AS (SELECT DISTINCT d.classid, d.objid FROM pg_depend d JOIN t ON d.refclassid = 'pg_class'::regclass AND d.refobjid = t.rel AND d.refobjsubid = t.num WHERE d.deptype IN ('n', 'a'))
        SELECT 'index', i.indexrelid::regclass::text, i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid)
          FROM d JOIN pg_index i ON d.classid = 'pg_class'::regclass AND i.indexrelid = d.objid
         WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
        UNION ALL
        SELECT CASE c.contype WHEN 'f' THEN CASE WHEN c.conrelid = (SELECT rel FROM t) THEN 'foreign_key' ELSE 'referenced_by' END
                              WHEN 'c' THEN 'check' WHEN 'p' THEN 'primary_key' ELSE 'unique' END,
               c.conname, c.conrelid::regclass::text, pg_get_constraintdef(c.oid)
          FROM d JOIN pg_constraint c ON d.classid = 'pg_constraint'::regclass AND c.oid = d.objid
        UNION ALL
        SELECT DISTINCT CASE v.relkind WHEN 'm' THEN 'materialized_view' ELSE 'view' END, v.oid::regclass::text, v.oid::regclass::text, pg_get_viewdef(v.oid)
          FROM d JOIN pg_rewrite r ON d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid JOIN pg_class v ON v.oid = r.ev_class
         WHERE v.oid <> (SELECT rel FROM t)
        UNION ALL
        SELECT 'trigger', tg.tgname, tg.tgrelid::regclass::text, pg_get_triggerdef(tg.oid)
          FROM d JOIN pg_trigger tg ON d.classid = 'pg_trigger'::regclass AND tg.oid = d.objid
        UNION ALL
        SELECT 'policy', p.polname, p.polrelid::regclass::text,
               format('CREATE POLICY %I ON %s AS %s FOR %s TO %s', p.polname, p.polrelid::regclass,
                      CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
                      CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
                      (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r)) END, ', ') FROM unnest(p.polroles) r))
               || COALESCE(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
               || COALESCE(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
          FROM d JOIN pg_policy p ON d.classid = 'pg_policy'::regclass AND p.oid = d.objid
        UNION ALL
        SELECT 'generated_column', a.attname, ad.adrelid::regclass::text,
               format_type(a.atttypid, a.atttypmod) || ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
          FROM d JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
          JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
         WHERE ad.adnum <> (SELECT num FROM t) AND a.attgenerated = 's'
        """;

    /// <summary>The dependents of <paramref name="column"/> of <paramref name="table"/>.</summary>
    public static async Task<IReadOnlyList<ColumnDependent>> ReadAsync(DataSession session, Table table, string column, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder(session.Dialect);
        sql.Append(Query.Replace("$1", sql.Add(new SqlArgument(session.Dialect.TableName(table))), StringComparison.Ordinal)
            .Replace("$2", sql.Add(new SqlArgument(column)), StringComparison.Ordinal));
        var dependents = new List<ColumnDependent>();
        await using var command = session.Command(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            dependents.Add(Dependent(session, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return dependents;
    }

    private static ColumnDependent Dependent(DataSession session, string kind, string name, string owner, string definition)
    {
        var quoted = session.Dialect.Quote(name);
        return kind switch
        {
            "index" => new(DependentKind.Index, name, owner, definition, "DROP INDEX " + name),
            "foreign_key" or "referenced_by" or "check" or "unique" or "primary_key" => new(
                kind switch { "foreign_key" => DependentKind.ForeignKey, "referenced_by" => DependentKind.ReferencedBy, "check" => DependentKind.Check, _ => DependentKind.Unique },
                name, owner, $"ALTER TABLE {owner} ADD CONSTRAINT {quoted} {definition}", $"ALTER TABLE {owner} DROP CONSTRAINT {quoted}"),
            "view" => new(DependentKind.View, name, owner, $"CREATE VIEW {name} AS {definition.TrimEnd(';')}", "DROP VIEW " + name),
            "materialized_view" => new(DependentKind.MaterializedView, name, owner, $"CREATE MATERIALIZED VIEW {name} AS {definition.TrimEnd(';')}", "DROP MATERIALIZED VIEW " + name),
            "trigger" => new(DependentKind.Trigger, name, owner, definition, $"DROP TRIGGER {quoted} ON {owner}"),
            "policy" => new(DependentKind.Policy, name, owner, definition, $"DROP POLICY {quoted} ON {owner}"),
            _ => new(DependentKind.GeneratedColumn, name, owner, $"ALTER TABLE {owner} ADD COLUMN {quoted} {definition}", $"ALTER TABLE {owner} DROP COLUMN {quoted}"),
        };
    }
}
