using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal static partial class SqliteDdlParser
{
    private static readonly string[] ColumnConstraintStarts =
        ["CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS"];

    // name [type] [constraint ...]; the type itself comes from pragma_table_xinfo.
    private static void ReadColumn(SqliteTokenCursor item, SqliteTableDefinition definition)
    {
        if (item.ReadName() is not { } name)
        {
            return;
        }

        var column = new SqliteColumnDefinition(name);
        definition.Columns.Add(column);
        while (item.Peek() is { } token && !ColumnConstraintStarts.Any(token.IsKeyword))
        {
            item.Skip();
        }

        string? constraintName = null;
        while (!item.AtEnd)
        {
            if (item.TryKeywords("CONSTRAINT"))
            {
                constraintName = item.ReadName();
                continue;
            }

            if (!ReadColumnConstraint(item, definition, column, constraintName))
            {
                item.Skip();
                continue;
            }

            constraintName = null;
        }
    }

    private static bool ReadColumnConstraint(SqliteTokenCursor item, SqliteTableDefinition definition, SqliteColumnDefinition column, string? name)
    {
        if (item.TryKeywords("PRIMARY", "KEY"))
        {
            definition.PrimaryKeyName = name;
            var more = true;
            while (more)
            {
                more = item.TryKeywords("ASC") || item.TryKeywords("DESC") || (item.TryKeywords("ON", "CONFLICT") && item.Next() is not null);
            }

            column.IsAutoIncrement = item.TryKeywords("AUTOINCREMENT");
        }
        else if (item.TryKeywords("UNIQUE"))
        {
            definition.UniqueConstraints.Add(new SqliteUniqueDefinition(name, [column.Name]));
        }
        else if (item.TryKeywords("CHECK"))
        {
            AddCheck(item, definition, name);
        }
        else if (item.TryKeywords("DEFAULT"))
        {
            if (item.Peek() is { Kind: SqliteTokenKind.Other, Value: "+" or "-" })
            {
                item.Next();
            }

            item.Skip();
        }
        else if (item.TryKeywords("COLLATE"))
        {
            column.Collation = item.ReadName();
        }
        else if (item.TryKeywords("REFERENCES"))
        {
            definition.ForeignKeys.Add(ReadReferences(item, name, [column.Name]));
        }
        else if (item.TryKeywords("GENERATED", "ALWAYS", "AS") || item.TryKeywords("AS"))
        {
            column.GeneratedExpression = item.TryReadParenthesized()?.RemainingText().Trim();
        }
        else
        {
            return item.TryKeywords("NOT", "NULL") || item.TryKeywords("NULL");
        }

        return true;
    }

    private static void AddCheck(SqliteTokenCursor item, SqliteTableDefinition definition, string? name)
    {
        if (item.TryReadParenthesized() is { } expression)
        {
            definition.CheckConstraints.Add(new CheckConstraint { Name = name, Expression = expression.RemainingText().Trim() });
        }
    }
}
