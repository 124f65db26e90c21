using System.Runtime.CompilerServices;
using static DataFlow.Dialects.Sqlite.SqliteKeyword;

namespace DataFlow.Dialects.Sqlite;

internal static partial class SqliteDdlParser
{
    private static bool IsTableConstraint(SqliteTokenCursor item) =>
        item.TryPeek(out var first) && first.Keyword is Constraint or Primary or Unique or Check or Foreign;

    // [CONSTRAINT name] PRIMARY KEY (...) | UNIQUE (...) | CHECK (...) | FOREIGN KEY (...) REFERENCES ...
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadTableConstraint(ref SqliteTokenCursor item, SqliteTableDefinition definition)
    {
        var name = item.TryKeywords(Constraint) ? item.ReadName(pooled: false) : null;
        if (item.TryKeywords(Primary, Key))
        {
            definition.PrimaryKeyName = name;
        }
        else if (item.TryKeywords(Unique))
        {
            definition.UniqueConstraints.Add(new SqliteUniqueDefinition(name, ReadColumnList(ref item)));
        }
        else if (item.TryKeywords(Check))
        {
            AddCheck(ref item, definition, name);
        }
        else if (item.TryKeywords(Foreign, Key))
        {
            var columns = ReadColumnList(ref item);
            if (item.TryKeywords(References))
            {
                definition.ForeignKeys.Add(ReadReferences(ref item, name, columns));
            }
        }
    }

    // (a, b COLLATE x DESC, ...): the leading name of each part.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string> ReadColumnList(ref SqliteTokenCursor item)
    {
        var columns = new List<string>();
        if (item.TryReadParenthesized(out var list))
        {
            var parts = list.SplitAtCommas();
            while (parts.TryNext(out var part))
            {
                if (part.ReadName() is { } column)
                {
                    columns.Add(column);
                }
            }
        }

        return columns;
    }

    // After REFERENCES: table [(columns)] [ON DELETE|UPDATE action] [MATCH name] [[NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SqliteForeignKeyDefinition ReadReferences(ref SqliteTokenCursor item, string? name, IReadOnlyList<string> columns)
    {
        var foreignKey = new SqliteForeignKeyDefinition { Name = name, Columns = columns, PrincipalTable = item.ReadName() ?? string.Empty };
        item.TryReadParenthesized(out _);
        while (!item.AtEnd)
        {
            if (item.TryKeywords(On))
            {
                // DELETE|UPDATE, then SET NULL, SET DEFAULT, NO ACTION, CASCADE or RESTRICT; the catalog reports the action.
                item.TryNext();
                _ = item.TryKeywords(Set) || item.TryKeywords(No);
                item.TryNext();
            }
            else if (item.TryKeywords(Match))
            {
                var match = item.ReadName();
                foreignKey.MatchType = match is null || match.Equals("SIMPLE", StringComparison.OrdinalIgnoreCase) ? null : match.ToUpperInvariant();
            }
            else if (item.TryKeywords(Not, Deferrable))
            {
                foreignKey.IsDeferrable = false;
                foreignKey.IsInitiallyDeferred = false;
                _ = item.TryKeywords(Initially, Deferred) || item.TryKeywords(Initially, Immediate);
            }
            else if (item.TryKeywords(Deferrable))
            {
                foreignKey.IsDeferrable = true;
                foreignKey.IsInitiallyDeferred = item.TryKeywords(Initially, Deferred);
                item.TryKeywords(Initially, Immediate);
            }
            else
            {
                break;
            }
        }

        return foreignKey;
    }
}
