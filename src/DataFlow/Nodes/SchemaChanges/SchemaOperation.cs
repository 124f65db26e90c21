namespace DataFlow.Nodes.SchemaChanges;

/// <summary>
/// One schema change as <c>SchemaModificationNode</c> takes it (the seed's parameters), also the input of
/// <see cref="DataFlow.Migrations.Risk.RiskAssessmentEngine"/>. Which members an operation reads is listed in
/// docs/schema-nodes.md; the names are the database's (matched as the catalog spells them).
/// </summary>
public sealed record SchemaOperation
{
    /// <summary>The table (<c>schema.table</c> on PostgreSQL outside the search path).</summary>
    public required string Table { get; init; }

    /// <summary>
    /// <c>add_column</c>, <c>drop_column</c>, <c>rename_column</c>, <c>alter_column_type</c>, <c>set_default</c>,
    /// <c>drop_default</c>, <c>add_constraint</c>, <c>drop_constraint</c>, <c>create_index</c>, <c>drop_index</c> or <c>rename_table</c>.
    /// </summary>
    public required string Operation { get; init; }

    /// <summary>The column the operation works on.</summary>
    public string? ColumnName { get; init; }

    /// <summary>The column's type as the seed writes it (<c>varchar(20)</c>, <c>decimal(10,2)</c>, <c>jsonb</c>).</summary>
    public string? ColumnType { get; init; }

    /// <summary>add_column: whether the column accepts NULL (default true).</summary>
    public bool Nullable { get; init; } = true;

    /// <summary>add_column / set_default: the default, a literal (text, number or boolean).</summary>
    public object? DefaultValue { get; init; }

    /// <summary>add_column: also a unique constraint; create_index: a unique index.</summary>
    public bool Unique { get; init; }

    /// <summary>rename_column / rename_table: the new name.</summary>
    public string? NewName { get; init; }

    /// <summary>add_constraint / drop_constraint: <c>not_null</c>, <c>unique</c>, <c>check</c> or <c>foreign_key</c>.</summary>
    public string? ConstraintType { get; init; }

    /// <summary>The constraint's name (generated for add_constraint when left out; required to drop a unique, check or foreign key).</summary>
    public string? ConstraintName { get; init; }

    /// <summary>add_constraint check: the condition, in DataFlow's safe expression language.</summary>
    public string? Expression { get; init; }

    /// <summary>add_constraint foreign_key: the referenced <c>table(column)</c> or <c>table.column</c>.</summary>
    public string? References { get; init; }

    /// <summary>add_constraint foreign_key: <c>cascade</c>, <c>set_null</c>, <c>restrict</c> or <c>no_action</c> (default).</summary>
    public string? OnDelete { get; init; }

    /// <summary>create_index / add_constraint unique: the columns (default: <see cref="ColumnName"/>).</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>create_index / drop_index: the index's name (generated for create_index when left out).</summary>
    public string? IndexName { get; init; }

    /// <summary>PostgreSQL create_index / drop_index: <c>CONCURRENTLY</c> (runs outside a transaction).</summary>
    public bool Concurrently { get; init; }

    /// <summary>PostgreSQL add_constraint check / foreign_key: add <c>NOT VALID</c>, then <c>VALIDATE</c> in a second statement.</summary>
    public bool NotValid { get; init; }

    /// <summary>Required for destructive operations (drop_column, a narrowing alter_column_type).</summary>
    public bool ConfirmDataLoss { get; init; }

    /// <summary>The columns the operation names: <see cref="Columns"/>, else <see cref="ColumnName"/>.</summary>
    public IReadOnlyList<string> TargetColumns => Columns.Count > 0 ? Columns : ColumnName is null ? [] : [ColumnName];
}
