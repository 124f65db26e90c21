using System.Globalization;
using DataFlow.Data;
using DataFlow.Expressions;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Nodes.SchemaChanges;

/// <content>Constraints and indexes: add_constraint, drop_constraint, create_index, drop_index.</content>
internal sealed partial class SchemaChangeBuilder
{
    private PlannedSchemaChange AddConstraint(SchemaOperation op, Table table)
    {
        var type = Required(op, "constraint_type", op.ConstraintType);
        var columns = op.TargetColumns.Select(c => RequireColumnNamed(op, table, c).Name).ToList();
        switch (type)
        {
            case "not_null":
            {
                var column = RequireColumn(op, table);
                var description = $"make {Subject(table, column.Name)} NOT NULL";
                RiskFinding[] findings = [RiskRules.NotNullOnColumn(Subject(table, column.Name))];
                return IsSqlite
                    ? Rebuild(description, table, Replace(table, column with { IsNullable = false }), findings, "setting NOT NULL")
                    : Plan(description, [_ddl.SetNotNull(table, column.Name)], findings, table);
            }

            case "unique":
            {
                RequireSome(op, columns);
                var unique = new UniqueConstraint { Name = op.ConstraintName ?? $"{table.Name}_{string.Join("_", columns)}_key", Columns = [.. columns] };
                var description = $"add the unique constraint {unique.Name} on {table.QualifiedName} ({string.Join(", ", columns)})";
                RiskFinding[] findings = [RiskRules.UniqueAdded(unique.Name!)];
                return IsSqlite
                    ? Rebuild(description, table, table with { UniqueConstraints = [.. table.UniqueConstraints, unique] }, findings, "adding a unique constraint")
                    : Plan(description, [_ddl.AddUniqueConstraint(table, unique)], findings, table);
            }

            case "check":
            {
                var check = new CheckConstraint
                {
                    Name = op.ConstraintName ?? $"{table.Name}_{(columns.Count > 0 ? string.Join("_", columns) : "row")}_check",
                    Expression = CheckSql(op, table),
                };
                return Validated(op, table, $"add the check constraint {check.Name} on {table.QualifiedName}: {op.Expression}", check.Name!,
                    notValid => _ddl.AddCheckConstraint(table, check, notValid),
                    t => t with { CheckConstraints = [.. t.CheckConstraints, check] }, "adding a check constraint");
            }

            case "foreign_key":
            {
                RequireSome(op, columns);
                var (principal, principalColumns) = ParseReferences(op);
                var key = new ForeignKey
                {
                    Name = op.ConstraintName ?? $"{table.Name}_{string.Join("_", columns)}_fkey",
                    Columns = [.. columns],
                    PrincipalSchema = IsSqlite ? null : table.Schema,
                    PrincipalTable = principal,
                    PrincipalColumns = [.. principalColumns],
                    OnDelete = OnDelete(op),
                };
                if (principal.Contains('.', StringComparison.Ordinal))
                {
                    key = key with { PrincipalSchema = principal[..principal.IndexOf('.', StringComparison.Ordinal)], PrincipalTable = principal[(principal.IndexOf('.', StringComparison.Ordinal) + 1)..] };
                }

                return Validated(op, table, $"add the foreign key {key.Name} on {table.QualifiedName} ({string.Join(", ", columns)}) → {op.References}", key.Name!,
                    notValid => _ddl.AddForeignKey(table, key, notValid),
                    t => t with { ForeignKeys = [.. t.ForeignKeys, key] }, "adding a foreign key");
            }

            default:
                throw DataFlowErrors.SchemaOperationParameter(nodeId, op.Operation, "constraint_type", $"does not know constraint_type '{type}' (not_null, unique, check, foreign_key)");
        }
    }

    /// <summary>A check or foreign key: PostgreSQL adds it (NOT VALID and VALIDATE when asked), SQLite rebuilds.</summary>
    private PlannedSchemaChange Validated(SchemaOperation op, Table table, string description, string name, Func<bool, string> add, Func<Table, Table> rebuilt, string why) =>
        IsSqlite
            ? Rebuild(description, table, rebuilt(table), [], why)
            : op.NotValid
                ? Plan(description, [add(true), _ddl.ValidateConstraint(table, name)], [], table)
                : Plan(description, [add(false)], [RiskRules.ConstraintWithoutNotValid(name)], table);

    private PlannedSchemaChange DropConstraint(SchemaOperation op, Table table)
    {
        if (op.ConstraintType == "not_null")
        {
            var column = RequireColumn(op, table);
            var description = $"drop NOT NULL of {Subject(table, column.Name)}";
            return IsSqlite
                ? Rebuild(description, table, Replace(table, column with { IsNullable = true }), [], "dropping NOT NULL")
                : Plan(description, [_ddl.DropNotNull(table, column.Name)], [], table);
        }

        var name = Required(op, "constraint_name", op.ConstraintName);
        var text = $"drop the constraint {name} of {table.QualifiedName}";
        if (!IsSqlite)
        {
            return Plan(text, [_ddl.DropConstraint(table, name)], [], table);
        }

        var to = table with
        {
            UniqueConstraints = [.. table.UniqueConstraints.Where(u => !Same(u.Name, name))],
            CheckConstraints = [.. table.CheckConstraints.Where(c => !Same(c.Name, name))],
            ForeignKeys = [.. table.ForeignKeys.Where(f => !Same(f.Name, name))],
        };
        if (to == table)
        {
            throw DataFlowErrors.SchemaObjectNotFound(nodeId, "constraint_name", $"{table.QualifiedName} has no unique, check or foreign key constraint named '{name}'");
        }

        return Rebuild(text, table, to, [], "dropping a constraint");
    }

    private PlannedSchemaChange CreateIndex(SchemaOperation op, Table table)
    {
        var columns = op.TargetColumns.Select(c => RequireColumnNamed(op, table, c).Name).ToList();
        RequireSome(op, columns);
        var index = new TableIndex
        {
            Name = op.IndexName ?? $"ix_{table.Name}_{string.Join("_", columns)}",
            Keys = [.. columns.Select(c => new IndexKey { Column = c })],
            IsUnique = op.Unique,
        };
        var concurrently = op.Concurrently && !IsSqlite;
        var findings = new List<RiskFinding>();
        if (!concurrently && !IsSqlite)
        {
            findings.Add(RiskRules.IndexWithoutConcurrently(index.Name));
        }

        if (index.IsUnique)
        {
            findings.Add(RiskRules.UniqueAdded(index.Name));
        }

        return Plan($"create {(index.IsUnique ? "unique " : "")}index {index.Name} on {table.QualifiedName} ({string.Join(", ", columns)})",
            [_ddl.CreateIndex(IsSqlite ? null : table.Schema, table.Name, index, concurrently)], findings, table) with { NoTransaction = concurrently };
    }

    private PlannedSchemaChange DropIndex(SchemaOperation op, Table table)
    {
        var name = Required(op, "index_name", op.IndexName);
        var concurrently = op.Concurrently && !IsSqlite;
        return Plan($"drop index {name}", [_ddl.DropIndex(IsSqlite ? null : table.Schema, name, concurrently)], [], table) with { NoTransaction = concurrently };
    }

    /// <summary>The check's condition as SQL: parsed and checked against the table, literals written inline (DDL takes no parameters).</summary>
    private string CheckSql(SchemaOperation op, Table table)
    {
        var text = Required(op, "expression", op.Expression);
        CheckedExpression condition;
        try
        {
            condition = CheckedExpression.Parse(text, table);
        }
        catch (DataFlowExpressionException error)
        {
            throw error.In("expression");
        }

        if (!ValueKinds.Fits(condition.Kind, ValueKind.Boolean))
        {
            throw DataFlowErrors.ExpressionTypeMismatch(text, 0, $"a check must be true or false, but this is {ValueKinds.Describe(condition.Kind)}").In("expression");
        }

        var sql = new SqlBuilder(dialect);
        var rendered = ExpressionRenderer.ToSql(condition, sql, dialect.Expressions);
        for (var i = sql.Arguments.Count - 1; i >= 0; i--)
        {
            var literal = DdlLiteral.Of(sql.Arguments[i].Value, kind)
                ?? throw DataFlowErrors.SchemaOperationParameter(nodeId, op.Operation, "expression", "uses a value that cannot be written into a constraint");
            rendered = rendered.Replace(dialect.Placeholder(i), literal, StringComparison.Ordinal);
        }

        return rendered;
    }

    private (string Table, IReadOnlyList<string> Columns) ParseReferences(SchemaOperation op)
    {
        var text = Required(op, "references", op.References).Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && text.EndsWith(')'))
        {
            return (text[..open].Trim(), text[(open + 1)..^1].Split(',').Select(c => c.Trim()).ToList());
        }

        var dot = text.LastIndexOf('.');
        return dot > 0
            ? (text[..dot], [text[(dot + 1)..]])
            : throw DataFlowErrors.SchemaOperationParameter(nodeId, op.Operation, "references", $"needs references as table(column) or table.column, not '{text}'");
    }

    private ReferentialAction OnDelete(SchemaOperation op) => op.OnDelete?.ToLower(CultureInfo.InvariantCulture) switch
    {
        null or "no_action" => ReferentialAction.NoAction,
        "cascade" => ReferentialAction.Cascade,
        "set_null" => ReferentialAction.SetNull,
        "restrict" => ReferentialAction.Restrict,
        _ => throw DataFlowErrors.SchemaOperationParameter(nodeId, op.Operation, "on_delete", $"does not know on_delete '{op.OnDelete}' (cascade, set_null, restrict, no_action)"),
    };

    private Column RequireColumnNamed(SchemaOperation op, Table table, string name) =>
        RequireColumn(op with { ColumnName = name }, table);

    private void RequireSome(SchemaOperation op, IReadOnlyList<string> columns)
    {
        if (columns.Count == 0)
        {
            throw DataFlowErrors.SchemaOperationParameter(nodeId, op.Operation, "columns", "needs column_name or columns");
        }
    }

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool IsUsedByConstraintOrIndex(Table table, string column) =>
        table.Indexes.Any(i => i.Keys.Any(k => Same(k.Column, column)))
        || table.UniqueConstraints.Any(u => u.Columns.Any(c => Same(c, column)))
        || table.ForeignKeys.Any(f => f.Columns.Any(c => Same(c, column)))
        || (table.PrimaryKey?.Columns.Any(c => Same(c, column)) ?? false)
        || table.CheckConstraints.Any(c => c.Expression.Contains(column, StringComparison.OrdinalIgnoreCase));

    /// <summary>The table without <paramref name="column"/> and the indexes and constraints that use it.</summary>
    private static Table Without(Table table, string column) => table with
    {
        Columns = [.. table.Columns.Where(c => !Same(c.Name, column))],
        Indexes = [.. table.Indexes.Where(i => !i.Keys.Any(k => Same(k.Column, column)))],
        UniqueConstraints = [.. table.UniqueConstraints.Where(u => !u.Columns.Any(c => Same(c, column)))],
        ForeignKeys = [.. table.ForeignKeys.Where(f => !f.Columns.Any(c => Same(c, column)))],
        CheckConstraints = [.. table.CheckConstraints.Where(c => !c.Expression.Contains(column, StringComparison.OrdinalIgnoreCase))],
    };
}
