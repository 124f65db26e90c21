using System.Text.RegularExpressions;
using DataFlow.Nodes.SchemaChanges;

namespace DataFlow.Migrations.Risk;

/// <summary>
/// Recognises the common schema-changing statements of a hand-written migration file (<c>ALTER TABLE … ADD/DROP/RENAME
/// COLUMN</c>, <c>ALTER COLUMN … TYPE / SET|DROP NOT NULL / SET|DROP DEFAULT</c>, <c>ADD/DROP CONSTRAINT</c>,
/// <c>CREATE [UNIQUE] INDEX [CONCURRENTLY]</c>, <c>DROP INDEX</c>, <c>RENAME TO</c>, <c>CREATE TABLE</c>, <c>DROP TABLE</c>)
/// as <see cref="SchemaOperation"/>s. Anything else is not recognised (the caller reports it as not assessed).
/// </summary>
internal static partial class SqlStatementRecognizer
{
    /// <summary>What a statement is: an operation, a table created or dropped, or nothing recognised.</summary>
    public sealed record Recognized(SchemaOperation? Operation, string? CreatedTable = null, string? DroppedTable = null, bool NotValid = false);

    public static Recognized? Recognize(string statement)
    {
        var sql = Normalize(statement);
        if (CreateTable().Match(sql) is { Success: true } create)
        {
            return new Recognized(null, CreatedTable: Name(create.Groups["t"].Value));
        }

        if (DropTable().Match(sql) is { Success: true } drop)
        {
            return new Recognized(null, DroppedTable: Name(drop.Groups["t"].Value));
        }

        if (CreateIndex().Match(sql) is { Success: true } index)
        {
            return new Recognized(new SchemaOperation
            {
                Table = Name(index.Groups["t"].Value), Operation = "create_index", IndexName = Name(index.Groups["i"].Value),
                Unique = index.Groups["u"].Success, Concurrently = index.Groups["c"].Success, Columns = List(index.Groups["cols"].Value),
            });
        }

        if (DropIndex().Match(sql) is { Success: true } dropIndex)
        {
            return new Recognized(new SchemaOperation { Table = string.Empty, Operation = "drop_index", IndexName = Name(dropIndex.Groups["i"].Value) });
        }

        var alter = AlterTable().Match(sql);
        return alter.Success ? Alter(Name(alter.Groups["t"].Value), alter.Groups["rest"].Value) : null;
    }

    private static Recognized? Alter(string table, string rest)
    {
        SchemaOperation Op(string operation) => new() { Table = table, Operation = operation };
        Match m;
        if ((m = AddColumn().Match(rest)).Success)
        {
            var tail = m.Groups["tail"].Value;
            var value = DefaultValue().Match(tail);
            return new Recognized(Op("add_column") with
            {
                ColumnName = Name(m.Groups["c"].Value), ColumnType = m.Groups["type"].Value.Trim(),
                Nullable = !tail.Contains("NOT NULL", StringComparison.OrdinalIgnoreCase) && !tail.Contains("PRIMARY KEY", StringComparison.OrdinalIgnoreCase),
                DefaultValue = value.Success ? value.Groups["v"].Value : null,
                Unique = Regex.IsMatch(tail, @"\bUNIQUE\b", RegexOptions.IgnoreCase),
            });
        }

        if ((m = DropColumn().Match(rest)).Success)
        {
            return new Recognized(Op("drop_column") with { ColumnName = Name(m.Groups["c"].Value) });
        }

        if ((m = RenameColumn().Match(rest)).Success)
        {
            return new Recognized(Op("rename_column") with { ColumnName = Name(m.Groups["c"].Value), NewName = Name(m.Groups["n"].Value) });
        }

        if ((m = RenameTable().Match(rest)).Success)
        {
            return new Recognized(Op("rename_table") with { NewName = Name(m.Groups["n"].Value) });
        }

        if ((m = AlterColumn().Match(rest)).Success)
        {
            var column = Name(m.Groups["c"].Value);
            var action = m.Groups["a"].Value.Trim();
            if ((m = TypeChange().Match(action)).Success)
            {
                return new Recognized(Op("alter_column_type") with { ColumnName = column, ColumnType = m.Groups["type"].Value.Trim() });
            }

            return action.ToUpperInvariant() switch
            {
                "SET NOT NULL" => new Recognized(Op("add_constraint") with { ConstraintType = "not_null", ColumnName = column }),
                "DROP NOT NULL" => new Recognized(Op("drop_constraint") with { ConstraintType = "not_null", ColumnName = column }),
                "DROP DEFAULT" => new Recognized(Op("drop_default") with { ColumnName = column }),
                _ when DefaultValue().Match(action) is { Success: true } d => new Recognized(Op("set_default") with { ColumnName = column, DefaultValue = d.Groups["v"].Value }),
                _ => null,
            };
        }

        if ((m = AddConstraint().Match(rest)).Success)
        {
            var name = m.Groups["n"].Success ? Name(m.Groups["n"].Value) : null;
            var body = m.Groups["body"].Value;
            var notValid = body.EndsWith("NOT VALID", StringComparison.OrdinalIgnoreCase);
            if ((m = UniqueBody().Match(body)).Success)
            {
                return new Recognized(Op("add_constraint") with { ConstraintType = "unique", ConstraintName = name, Columns = List(m.Groups["cols"].Value) });
            }

            if ((m = ForeignKeyBody().Match(body)).Success)
            {
                return new Recognized(Op("add_constraint") with
                {
                    ConstraintType = "foreign_key", ConstraintName = name, Columns = List(m.Groups["cols"].Value), NotValid = notValid,
                    References = Name(m.Groups["rt"].Value) + "(" + string.Join(",", List(m.Groups["rcols"].Value)) + ")",
                }, NotValid: notValid);
            }

            if ((m = CheckBody().Match(body)).Success)
            {
                return new Recognized(Op("add_constraint") with { ConstraintType = "check", ConstraintName = name, Expression = m.Groups["e"].Value, NotValid = notValid }, NotValid: notValid);
            }

            return null;
        }

        return (m = DropConstraint().Match(rest)).Success
            ? new Recognized(Op("drop_constraint") with { ConstraintName = Name(m.Groups["n"].Value) })
            : null;
    }

    /// <summary>The statement without comments, on one line, without a trailing semicolon.</summary>
    private static string Normalize(string statement)
    {
        var withoutComments = Regex.Replace(Regex.Replace(statement, @"--[^\n]*", " "), @"/\*.*?\*/", " ", RegexOptions.Singleline);
        return Regex.Replace(withoutComments, @"\s+", " ").Trim().TrimEnd(';').Trim();
    }

    /// <summary>An identifier without quotes; a qualified name keeps its dot (<c>public.users</c>).</summary>
    private static string Name(string text) => text.Replace("\"", string.Empty, StringComparison.Ordinal).Trim();

    private static IReadOnlyList<string> List(string text) => [.. text.Split(',').Select(c => Name(c.Trim().Split(' ')[0])).Where(c => c.Length > 0)];

    private const string Ident = @"(?:""[^""]+""|[\w$]+)(?:\.(?:""[^""]+""|[\w$]+))?";

    [GeneratedRegex(@"^CREATE (?:TEMP(?:ORARY)? |UNLOGGED )?TABLE (?:IF NOT EXISTS )?(?<t>" + Ident + @")", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^DROP TABLE (?:IF EXISTS )?(?<t>" + Ident + @")", RegexOptions.IgnoreCase)]
    private static partial Regex DropTable();

    [GeneratedRegex(@"^CREATE (?<u>UNIQUE )?INDEX (?<c>CONCURRENTLY )?(?:IF NOT EXISTS )?(?<i>" + Ident + @") ON (?:ONLY )?(?<t>" + Ident + @")(?: USING \w+)? ?\((?<cols>[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateIndex();

    [GeneratedRegex(@"^DROP INDEX (?:CONCURRENTLY )?(?:IF EXISTS )?(?<i>" + Ident + @")", RegexOptions.IgnoreCase)]
    private static partial Regex DropIndex();

    [GeneratedRegex(@"^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(?<t>" + Ident + @") (?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AlterTable();

    [GeneratedRegex(@"^ADD (?:COLUMN )?(?:IF NOT EXISTS )?(?<c>" + Ident + @") (?<type>[\w ]+?(?:\([\d ,]+\))?(?:\[\])?)(?<tail>(?: (?:NOT NULL|NULL|DEFAULT .+|UNIQUE|PRIMARY KEY|CONSTRAINT .+|REFERENCES .+|CHECK .+))*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AddColumn();

    [GeneratedRegex(@"DEFAULT (?<v>'(?:[^']|'')*'|[-\w.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultValue();

    [GeneratedRegex(@"^DROP (?:COLUMN )?(?:IF EXISTS )?(?<c>" + Ident + @")(?: CASCADE| RESTRICT)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DropColumn();

    [GeneratedRegex(@"^RENAME (?:COLUMN )?(?<c>" + Ident + @") TO (?<n>" + Ident + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex RenameColumn();

    [GeneratedRegex(@"^RENAME TO (?<n>" + Ident + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex RenameTable();

    [GeneratedRegex(@"^ALTER (?:COLUMN )?(?<c>" + Ident + @") (?<a>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AlterColumn();

    [GeneratedRegex(@"^(?:SET DATA )?TYPE (?<type>[\w ]+?(?:\([\d ,]+\))?(?:\[\])?)(?: USING .+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TypeChange();

    [GeneratedRegex(@"^ADD (?:CONSTRAINT (?<n>" + Ident + @") )?(?<body>(?:UNIQUE|CHECK|FOREIGN KEY).+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AddConstraint();

    [GeneratedRegex(@"^UNIQUE \((?<cols>[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex UniqueBody();

    [GeneratedRegex(@"^FOREIGN KEY \((?<cols>[^)]*)\) REFERENCES (?<rt>" + Ident + @") ?\((?<rcols>[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignKeyBody();

    [GeneratedRegex(@"^CHECK \((?<e>.+)\)(?: NOT VALID)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CheckBody();

    [GeneratedRegex(@"^DROP CONSTRAINT (?:IF EXISTS )?(?<n>" + Ident + @")(?: CASCADE| RESTRICT)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DropConstraint();
}
