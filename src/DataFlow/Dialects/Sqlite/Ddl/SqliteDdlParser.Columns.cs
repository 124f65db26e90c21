using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DataFlow.Schema;
using static DataFlow.Dialects.Sqlite.SqliteKeyword;

namespace DataFlow.Dialects.Sqlite;

internal static partial class SqliteDdlParser
{
    // name [type] [constraint ...]; the type itself comes from the catalog.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadColumn(ref SqliteTokenCursor item, SqliteTableDefinition definition)
    {
        if (item.ReadName() is not { } name)
        {
            return;
        }

        definition.Columns.Add(new SqliteColumnDefinition(name));
        ref var column = ref CollectionsMarshal.AsSpan(definition.Columns)[^1];
        while (item.TryPeek(out var token) && !IsColumnConstraintStart(token.Keyword))
        {
            item.Skip();
        }

        string? constraintName = null;
        while (!item.AtEnd)
        {
            if (item.TryKeywords(Constraint))
            {
                constraintName = item.ReadName(pooled: false);
                continue;
            }

            if (!ReadColumnConstraint(ref item, definition, ref column, constraintName))
            {
                item.Skip();
                continue;
            }

            constraintName = null;
        }
    }

    private static bool IsColumnConstraintStart(SqliteKeyword keyword) =>
        keyword is Constraint or Primary or Not or Null or Unique or Check or Default or Collate or References or Generated or As;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    // Nothing is added to definition.Columns while a column's constraints are read, so the reference stays valid.
    private static bool ReadColumnConstraint(ref SqliteTokenCursor item, SqliteTableDefinition definition, ref SqliteColumnDefinition column, string? name)
    {
        if (item.TryKeywords(Primary, Key))
        {
            definition.PrimaryKeyName = name;
            var more = true;
            while (more)
            {
                more = item.TryKeywords(Asc) || item.TryKeywords(Desc) || (item.TryKeywords(On, Conflict) && item.TryNext());
            }

            column.IsAutoIncrement = item.TryKeywords(Autoincrement);
        }
        else if (item.TryKeywords(Unique))
        {
            definition.UniqueConstraints.Add(new SqliteUniqueDefinition(name, [column.Name]));
        }
        else if (item.TryKeywords(Check))
        {
            AddCheck(ref item, definition, name);
        }
        else if (item.TryKeywords(Default))
        {
            if (item.TryPeek(out var sign) && (sign.IsOther('+') || sign.IsOther('-')))
            {
                item.TryNext();
            }

            item.Skip();
        }
        else if (item.TryKeywords(Collate))
        {
            column.Collation = item.ReadName();
        }
        else if (item.TryKeywords(References))
        {
            definition.ForeignKeys.Add(ReadReferences(ref item, name, [column.Name]));
        }
        else if (item.TryKeywords(Generated, Always, As) || item.TryKeywords(As))
        {
            column.GeneratedExpression = item.TryReadParenthesized(out var expression) ? expression.RemainingText().Trim() : null;
        }
        else
        {
            return item.TryKeywords(Not, Null) || item.TryKeywords(Null);
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddCheck(ref SqliteTokenCursor item, SqliteTableDefinition definition, string? name)
    {
        if (item.TryReadParenthesized(out var expression))
        {
            definition.CheckConstraints.Add(new CheckConstraint { Name = name, Expression = expression.RemainingText().Trim() });
        }
    }
}
