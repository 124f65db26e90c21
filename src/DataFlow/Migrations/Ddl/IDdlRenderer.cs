using DataFlow.Schema;

namespace DataFlow.Migrations.Ddl;

/// <summary>
/// Renders schema-changing SQL for one dialect from the schema model records, so that a table discovered from a
/// database renders back to the same table. Every method returns one statement without a trailing semicolon;
/// identifiers are quoted by the dialect, types come from <see cref="Column.RawType"/>. An operation the dialect
/// cannot do in place throws <c>DF-PLAN-001</c> (check <see cref="Features"/> first; on SQLite use
/// <see cref="SqliteTableRebuild"/>). Get one with <see cref="DdlRenderers.For(Connections.DatabaseKind)"/>.
/// </summary>
public interface IDdlRenderer
{
    /// <summary>The dialect name: <c>sqlite</c> or <c>postgresql</c>.</summary>
    string Dialect { get; }

    /// <summary>What this dialect can render.</summary>
    DdlFeatures Features { get; }

    /// <summary>Quotes an identifier (<c>"order"</c>).</summary>
    string Quote(string identifier);

    /// <summary>The quoted, schema-qualified name (<c>"sales"."orders"</c>); just the quoted name without a schema.</summary>
    string Name(string? schema, string name);

    /// <summary><c>CREATE SCHEMA IF NOT EXISTS</c> (PostgreSQL; SQLite has one schema per file).</summary>
    string CreateSchema(string schema);

    /// <summary>A column definition as it appears in CREATE TABLE and ADD COLUMN.</summary>
    string ColumnDefinition(Column column);

    /// <summary>CREATE TABLE with columns, primary key, unique and check constraints, and foreign keys when asked.</summary>
    /// <param name="table">The table.</param>
    /// <param name="includeForeignKeys">False to leave foreign keys for <see cref="AddForeignKey"/> (so cycles work); SQLite always includes them.</param>
    /// <param name="sequences">
    /// The schema's sequences, so that an identity column keeps its sequence's name and options (PostgreSQL); null for
    /// the database's defaults.
    /// </param>
    string CreateTable(Table table, bool includeForeignKeys = true, IReadOnlyList<Sequence>? sequences = null);

    /// <summary>DROP TABLE.</summary>
    string DropTable(Table table);

    /// <summary>ALTER TABLE … RENAME TO.</summary>
    string RenameTable(Table table, string newName);

    /// <summary>ALTER TABLE … ADD COLUMN.</summary>
    string AddColumn(Table table, Column column);

    /// <summary>ALTER TABLE … DROP COLUMN.</summary>
    string DropColumn(Table table, string column);

    /// <summary>ALTER TABLE … RENAME COLUMN.</summary>
    string RenameColumn(Table table, string column, string newName);

    /// <summary>ALTER COLUMN … TYPE (PostgreSQL, with <c>USING column::type</c>).</summary>
    string AlterColumnType(Table table, Column column);

    /// <summary>ALTER COLUMN … SET NOT NULL.</summary>
    string SetNotNull(Table table, string column);

    /// <summary>ALTER COLUMN … DROP NOT NULL.</summary>
    string DropNotNull(Table table, string column);

    /// <summary>ALTER COLUMN … SET DEFAULT (the expression as the database stores it).</summary>
    string SetDefault(Table table, string column, string expression);

    /// <summary>ALTER COLUMN … DROP DEFAULT.</summary>
    string DropDefault(Table table, string column);

    /// <summary>ADD PRIMARY KEY.</summary>
    string AddPrimaryKey(Table table, PrimaryKey key);

    /// <summary>ADD FOREIGN KEY, optionally <c>NOT VALID</c> (validate later with <see cref="ValidateConstraint"/>).</summary>
    string AddForeignKey(Table table, ForeignKey key, bool notValid = false);

    /// <summary>ADD UNIQUE.</summary>
    string AddUniqueConstraint(Table table, UniqueConstraint unique);

    /// <summary>ADD CHECK, optionally <c>NOT VALID</c>.</summary>
    string AddCheckConstraint(Table table, CheckConstraint check, bool notValid = false);

    /// <summary>VALIDATE CONSTRAINT (of a constraint added NOT VALID).</summary>
    string ValidateConstraint(Table table, string name);

    /// <summary>DROP CONSTRAINT (primary, foreign, unique or check key by name).</summary>
    string DropConstraint(Table table, string name);

    /// <summary>CREATE INDEX on a table or materialized view, optionally CONCURRENTLY (outside a transaction).</summary>
    string CreateIndex(string? schema, string owner, TableIndex index, bool concurrently = false);

    /// <summary>DROP INDEX, optionally CONCURRENTLY.</summary>
    string DropIndex(string? schema, string name, bool concurrently = false);

    /// <summary>CREATE VIEW or CREATE MATERIALIZED VIEW.</summary>
    string CreateView(View view);

    /// <summary>DROP VIEW or DROP MATERIALIZED VIEW.</summary>
    string DropView(View view);

    /// <summary>CREATE TYPE … AS ENUM.</summary>
    string CreateEnum(EnumType type);

    /// <summary>ALTER TYPE … ADD VALUE, placed after <paramref name="after"/>, else before <paramref name="before"/>, else at the end.</summary>
    string AddEnumValue(EnumType type, string value, string? after, string? before = null);

    /// <summary>DROP TYPE (an enum).</summary>
    string DropEnum(EnumType type);

    /// <summary>CREATE SEQUENCE (without OWNED BY: see <see cref="SequenceOwnedBy"/>).</summary>
    string CreateSequence(Sequence sequence);

    /// <summary>ALTER SEQUENCE … OWNED BY the table column (<paramref name="ownerTable"/>, <paramref name="ownerColumn"/>).</summary>
    string SequenceOwnedBy(Sequence sequence, Table ownerTable, string ownerColumn);

    /// <summary>DROP SEQUENCE.</summary>
    string DropSequence(Sequence sequence);

    /// <summary>CREATE DOMAIN with default, NOT NULL and checks.</summary>
    string CreateDomain(DomainType domain);

    /// <summary>DROP DOMAIN.</summary>
    string DropDomain(DomainType domain);

    /// <summary>COMMENT ON (<paramref name="comment"/> null removes it).</summary>
    /// <param name="kind">The object kind: <c>TABLE</c>, <c>COLUMN</c>, <c>VIEW</c>, <c>MATERIALIZED VIEW</c>, <c>TYPE</c>, <c>DOMAIN</c>.</param>
    /// <param name="target">The quoted target, e.g. <c>"public"."users"."email"</c> for a column.</param>
    /// <param name="comment">The text, or null.</param>
    string Comment(string kind, string target, string? comment);
}
