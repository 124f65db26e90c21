namespace DataFlow.Dialects.Sqlite;

internal static partial class SqliteDdlParser
{
    private static readonly string[] TableConstraintStarts = ["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"];

    private static bool IsTableConstraint(SqliteTokenCursor item) =>
        item.Peek() is { } first && TableConstraintStarts.Any(first.IsKeyword);

    // [CONSTRAINT name] PRIMARY KEY (...) | UNIQUE (...) | CHECK (...) | FOREIGN KEY (...) REFERENCES ...
    private static void ReadTableConstraint(SqliteTokenCursor item, SqliteTableDefinition definition)
    {
        var name = item.TryKeywords("CONSTRAINT") ? item.ReadName() : null;
        if (item.TryKeywords("PRIMARY", "KEY"))
        {
            definition.PrimaryKeyName = name;
        }
        else if (item.TryKeywords("UNIQUE"))
        {
            definition.UniqueConstraints.Add(new SqliteUniqueDefinition(name, ReadColumnList(item)));
        }
        else if (item.TryKeywords("CHECK"))
        {
            AddCheck(item, definition, name);
        }
        else if (item.TryKeywords("FOREIGN", "KEY"))
        {
            var columns = ReadColumnList(item);
            if (item.TryKeywords("REFERENCES"))
            {
                definition.ForeignKeys.Add(ReadReferences(item, name, columns));
            }
        }
    }

    // (a, b COLLATE x DESC, ...): the leading name of each part.
    private static List<string> ReadColumnList(SqliteTokenCursor item) =>
        item.TryReadParenthesized()?.SplitAtCommas().Select(part => part.ReadName()).OfType<string>().ToList() ?? [];

    // After REFERENCES: table [(columns)] [ON DELETE|UPDATE action] [MATCH name] [[NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]]
    private static SqliteForeignKeyDefinition ReadReferences(SqliteTokenCursor item, string? name, IReadOnlyList<string> columns)
    {
        var foreignKey = new SqliteForeignKeyDefinition { Name = name, Columns = columns, PrincipalTable = item.ReadName() ?? string.Empty };
        item.TryReadParenthesized();
        while (!item.AtEnd)
        {
            if (item.TryKeywords("ON"))
            {
                // DELETE|UPDATE, then SET NULL, SET DEFAULT, NO ACTION, CASCADE or RESTRICT; the pragma reports the action.
                item.Next();
                _ = item.TryKeywords("SET") || item.TryKeywords("NO");
                item.Next();
            }
            else if (item.TryKeywords("MATCH"))
            {
                var match = item.ReadName();
                foreignKey.MatchType = match is null || match.Equals("SIMPLE", StringComparison.OrdinalIgnoreCase) ? null : match.ToUpperInvariant();
            }
            else if (item.TryKeywords("NOT", "DEFERRABLE"))
            {
                foreignKey.IsDeferrable = false;
                foreignKey.IsInitiallyDeferred = false;
                _ = item.TryKeywords("INITIALLY", "DEFERRED") || item.TryKeywords("INITIALLY", "IMMEDIATE");
            }
            else if (item.TryKeywords("DEFERRABLE"))
            {
                foreignKey.IsDeferrable = true;
                foreignKey.IsInitiallyDeferred = item.TryKeywords("INITIALLY", "DEFERRED");
                item.TryKeywords("INITIALLY", "IMMEDIATE");
            }
            else
            {
                break;
            }
        }

        return foreignKey;
    }
}
