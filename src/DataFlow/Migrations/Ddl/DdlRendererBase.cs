using System.Text;
using DataFlow.Schema;

namespace DataFlow.Migrations.Ddl;

/// <summary>
/// The SQL both dialects spell the same way (standard CREATE TABLE clauses, constraints, indexes, views); each
/// dialect overrides what differs and refuses what it cannot do with <c>DF-PLAN-001</c>.
/// </summary>
internal abstract class DdlRendererBase : IDdlRenderer
{
    /// <inheritdoc />
    public abstract string Dialect { get; }

    /// <inheritdoc />
    public abstract DdlFeatures Features { get; }

    /// <inheritdoc />
    public string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <inheritdoc />
    public string Name(string? schema, string name) => schema is null ? Quote(name) : Quote(schema) + "." + Quote(name);

    /// <summary>A string literal (<c>'it''s'</c>) for labels and comments taken from the schema model.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <inheritdoc />
    public virtual string CreateSchema(string schema) => throw NotSupported("schemas");

    /// <inheritdoc />
    public abstract string ColumnDefinition(Column column);

    /// <inheritdoc />
    public virtual string CreateTable(Table table, bool includeForeignKeys = true, IReadOnlyList<Sequence>? sequences = null)
    {
        var items = new List<string>();
        items.AddRange(table.Columns.Select(c => ColumnDefinition(table, c, sequences)));
        if (table.PrimaryKey is { } key && !IsInlinePrimaryKey(table))
        {
            items.Add(PrimaryKeyClause(key));
        }

        items.AddRange(table.UniqueConstraints.Select(UniqueClause));
        items.AddRange(table.CheckConstraints.Where(c => !c.IsNotValid).Select(c => CheckClause(c)));
        if (includeForeignKeys)
        {
            items.AddRange(table.ForeignKeys.Select(ForeignKeyClause));
        }

        var sql = new StringBuilder("CREATE TABLE ").Append(TableName(table)).Append(" (\n");
        sql.AppendJoin(",\n", items.Select(i => "    " + i));
        sql.Append("\n)");
        return sql.ToString();
    }

    /// <summary>A column definition inside CREATE TABLE, where the dialect may use the table's sequences.</summary>
    protected virtual string ColumnDefinition(Table table, Column column, IReadOnlyList<Sequence>? sequences) => ColumnDefinition(column);

    /// <summary>True when the primary key is written on its column (SQLite <c>AUTOINCREMENT</c>) instead of as a table constraint.</summary>
    protected virtual bool IsInlinePrimaryKey(Table table) => false;

    /// <inheritdoc />
    public virtual string DropTable(Table table) => "DROP TABLE " + TableName(table);

    /// <inheritdoc />
    public string RenameTable(Table table, string newName) => $"ALTER TABLE {TableName(table)} RENAME TO {Quote(newName)}";

    /// <inheritdoc />
    public string AddColumn(Table table, Column column) => $"ALTER TABLE {TableName(table)} ADD COLUMN {ColumnDefinition(column)}";

    /// <inheritdoc />
    public string DropColumn(Table table, string column) => $"ALTER TABLE {TableName(table)} DROP COLUMN {Quote(column)}";

    /// <inheritdoc />
    public string RenameColumn(Table table, string column, string newName) =>
        $"ALTER TABLE {TableName(table)} RENAME COLUMN {Quote(column)} TO {Quote(newName)}";

    /// <inheritdoc />
    public virtual string AlterColumnType(Table table, Column column) => throw NotSupported("changing a column's type in place");

    /// <inheritdoc />
    public virtual string SetNotNull(Table table, string column) => throw NotSupported("SET NOT NULL");

    /// <inheritdoc />
    public virtual string DropNotNull(Table table, string column) => throw NotSupported("DROP NOT NULL");

    /// <inheritdoc />
    public virtual string SetDefault(Table table, string column, string expression) => throw NotSupported("SET DEFAULT");

    /// <inheritdoc />
    public virtual string DropDefault(Table table, string column) => throw NotSupported("DROP DEFAULT");

    /// <inheritdoc />
    public virtual string AddPrimaryKey(Table table, PrimaryKey key) => throw NotSupported("adding a primary key to an existing table");

    /// <inheritdoc />
    public virtual string AddForeignKey(Table table, ForeignKey key, bool notValid = false) => throw NotSupported("adding a foreign key to an existing table");

    /// <inheritdoc />
    public virtual string AddUniqueConstraint(Table table, UniqueConstraint unique) => throw NotSupported("adding a unique constraint to an existing table");

    /// <inheritdoc />
    public virtual string AddCheckConstraint(Table table, CheckConstraint check, bool notValid = false) => throw NotSupported("adding a check constraint to an existing table");

    /// <inheritdoc />
    public virtual string ValidateConstraint(Table table, string name) => throw NotSupported("VALIDATE CONSTRAINT");

    /// <inheritdoc />
    public virtual string DropConstraint(Table table, string name) => throw NotSupported("dropping a constraint of an existing table");

    /// <inheritdoc />
    public virtual string CreateIndex(string? schema, string owner, TableIndex index, bool concurrently = false)
    {
        var sql = new StringBuilder("CREATE ");
        if (index.IsUnique)
        {
            sql.Append("UNIQUE ");
        }

        sql.Append("INDEX ");
        if (concurrently)
        {
            sql.Append("CONCURRENTLY ");
        }

        sql.Append(Quote(index.Name)).Append(" ON ").Append(Name(schema, owner));
        if (index.Method is { } method)
        {
            sql.Append(" USING ").Append(method);
        }

        sql.Append(" (").AppendJoin(", ", index.Keys.Select(IndexKeyText)).Append(')');
        if (!index.IncludedColumns.IsEmpty)
        {
            sql.Append(" INCLUDE (").AppendJoin(", ", index.IncludedColumns.Select(Quote)).Append(')');
        }

        if (index.NullsNotDistinct)
        {
            sql.Append(" NULLS NOT DISTINCT");
        }

        if (index.Predicate is { } predicate)
        {
            sql.Append(" WHERE ").Append(predicate);
        }

        return sql.ToString();
    }

    /// <inheritdoc />
    public virtual string DropIndex(string? schema, string name, bool concurrently = false) =>
        "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + Name(schema, name);

    /// <inheritdoc />
    public virtual string CreateView(View view) => $"CREATE VIEW {Name(view.Schema, view.Name)} AS\n{ViewBody(view)}";

    /// <inheritdoc />
    public virtual string DropView(View view) => "DROP VIEW " + Name(view.Schema, view.Name);

    /// <inheritdoc />
    public virtual string CreateEnum(EnumType type) => throw NotSupported("enum types");

    /// <inheritdoc />
    public virtual string AddEnumValue(EnumType type, string value, string? after, string? before = null) => throw NotSupported("enum types");

    /// <inheritdoc />
    public virtual string DropEnum(EnumType type) => throw NotSupported("enum types");

    /// <inheritdoc />
    public virtual string CreateSequence(Sequence sequence) => throw NotSupported("sequences");

    /// <inheritdoc />
    public virtual string SequenceOwnedBy(Sequence sequence, Table ownerTable, string ownerColumn) => throw NotSupported("sequences");

    /// <inheritdoc />
    public virtual string DropSequence(Sequence sequence) => throw NotSupported("sequences");

    /// <inheritdoc />
    public virtual string CreateDomain(DomainType domain) => throw NotSupported("domains");

    /// <inheritdoc />
    public virtual string DropDomain(DomainType domain) => throw NotSupported("domains");

    /// <inheritdoc />
    public virtual string Comment(string kind, string target, string? comment) => throw NotSupported("comments");

    /// <summary>The quoted, qualified name of a table.</summary>
    protected string TableName(Table table) => Name(table.Schema, table.Name);

    /// <summary><c>CONSTRAINT "name" </c>, or nothing for an unnamed constraint.</summary>
    protected string ConstraintPrefix(string? name) => name is null ? "" : "CONSTRAINT " + Quote(name) + " ";

    /// <summary>A column list: <c>("a", "b")</c>.</summary>
    protected string Columns(IEnumerable<string> columns) => "(" + string.Join(", ", columns.Select(Quote)) + ")";

    /// <summary>The PRIMARY KEY table constraint.</summary>
    protected string PrimaryKeyClause(PrimaryKey key) => ConstraintPrefix(key.Name) + "PRIMARY KEY " + Columns(key.Columns);

    /// <summary>The UNIQUE table constraint.</summary>
    protected string UniqueClause(UniqueConstraint unique) =>
        ConstraintPrefix(unique.Name) + "UNIQUE " + (unique.NullsNotDistinct ? "NULLS NOT DISTINCT " : "") + Columns(unique.Columns) +
        Deferral(unique.IsDeferrable, unique.IsInitiallyDeferred);

    /// <summary>The CHECK table constraint.</summary>
    protected string CheckClause(CheckConstraint check, bool notValid = false) =>
        ConstraintPrefix(check.Name) + "CHECK " + Parenthesized(check.Expression) + (notValid ? " NOT VALID" : "");

    /// <summary>The FOREIGN KEY table constraint.</summary>
    protected string ForeignKeyClause(ForeignKey key)
    {
        var sql = new StringBuilder(ConstraintPrefix(key.Name)).Append("FOREIGN KEY ").Append(Columns(key.Columns))
            .Append(" REFERENCES ").Append(Name(key.PrincipalSchema, key.PrincipalTable)).Append(' ').Append(Columns(key.PrincipalColumns));
        if (key.MatchType is { } match)
        {
            sql.Append(" MATCH ").Append(match.ToUpperInvariant());
        }

        if (key.OnDelete != ReferentialAction.NoAction)
        {
            sql.Append(" ON DELETE ").Append(ActionText(key.OnDelete));
        }

        if (key.OnUpdate != ReferentialAction.NoAction)
        {
            sql.Append(" ON UPDATE ").Append(ActionText(key.OnUpdate));
        }

        return sql.Append(Deferral(key.IsDeferrable, key.IsInitiallyDeferred)).ToString();
    }

    /// <summary>An index key: the quoted column or the parenthesized expression, then collation, operator class and order.</summary>
    protected string IndexKeyText(IndexKey key)
    {
        var text = new StringBuilder(key.Column is { } column ? Quote(column) : IndexExpression(key.Expression ?? ""));
        if (key.Collation is { } collation)
        {
            text.Append(" COLLATE ").Append(CollationName(collation));
        }

        if (key.OperatorClass is { } operatorClass)
        {
            text.Append(' ').Append(operatorClass);
        }

        if (key.IsDescending)
        {
            text.Append(" DESC");
        }

        if (key.NullsFirst is { } nullsFirst)
        {
            text.Append(nullsFirst ? " NULLS FIRST" : " NULLS LAST");
        }

        return text.ToString();
    }

    /// <summary>An expression key of an index as the dialect writes it (parenthesized by default).</summary>
    protected virtual string IndexExpression(string expression) => Parenthesized(expression);

    /// <summary>A collation name as the dialect writes it after COLLATE.</summary>
    protected abstract string CollationName(string collation);

    /// <summary>The view's query without a trailing semicolon.</summary>
    protected static string ViewBody(View view) => view.Definition.Trim().TrimEnd(';').TrimEnd();

    /// <summary><paramref name="expression"/> in parentheses, unless it is already wrapped in one matching pair.</summary>
    protected static string Parenthesized(string expression)
    {
        var text = expression.Trim();
        return IsWrapped(text) ? text : "(" + text + ")";
    }

    /// <summary>The error for an operation this dialect cannot render.</summary>
    protected DataFlowException NotSupported(string operation) => DataFlowErrors.DdlNotSupported(Dialect, operation);

    private static bool IsWrapped(string text)
    {
        if (text.Length < 2 || text[0] != '(' || text[^1] != ')')
        {
            return false;
        }

        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0 && i < text.Length - 1)
            {
                return false;
            }
        }

        return depth == 0;
    }

    private static string Deferral(bool deferrable, bool initiallyDeferred) =>
        deferrable ? (initiallyDeferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE") : "";

    private static string ActionText(ReferentialAction action) => action switch
    {
        ReferentialAction.Restrict => "RESTRICT",
        ReferentialAction.Cascade => "CASCADE",
        ReferentialAction.SetNull => "SET NULL",
        ReferentialAction.SetDefault => "SET DEFAULT",
        _ => "NO ACTION",
    };
}
