using System.Runtime.CompilerServices;
using static DataFlow.Dialects.Sqlite.SqliteKeyword;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteTableFactsReader
{
    // name [type] [constraint ...]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadColumn()
    {
        if (!AcceptName(out var name) || name.StartsWith("__hidden__", StringComparison.OrdinalIgnoreCase))
        {
            // Builds with SQLITE_ENABLE_HIDDEN_COLUMNS hide columns named __hidden__*.
            return false;
        }

        var column = new ColumnState(_columns.Count, name);
        if (!ReadType(ref column))
        {
            return false;
        }

        _columns.Add(column);
        while (Has() && !AtPunctuation(','))
        {
            if (!ReadColumnConstraint(column.Cid))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadColumnConstraint(int cid)
    {
        var keyword = _tokens[_position].Keyword;
        switch (keyword)
        {
            case Constraint:
                _position++;
                return SkipName();
            case Default:
                _position++;
                return ReadDefault(cid);
            case Null:
                _position++;
                return ReadConflictClause();
            case Not when At(Null, 1):
                _position += 2;
                Column(cid).NotNull = true;
                return ReadConflictClause();
            case Not when At(Deferrable, 1):
                _position += 2;
                return ReadInitially();
            case Deferrable:
                _position++;
                return ReadInitially();
            case Primary when At(Key, 1):
                _position += 2;
                var descending = At(Desc);
                _position += At(Asc) || descending ? 1 : 0;
                if (!ReadConflictClause())
                {
                    return false;
                }

                _position += At(Autoincrement) ? 1 : 0;
                return AddPrimaryKey([new KeyPart(cid, null, descending)], descending);
            case Unique:
                _position++;
                return ReadConflictClause() && AddAutoIndex(isPrimaryKey: false, [new KeyPart(cid, null, false)]);
            case Check:
                _position++;
                return SkipParenthesized();
            case References:
                _position++;
                return ReadReferences([cid]);
            case Collate:
                _position++;
                return AcceptName(out var collation) && SetCollation(cid, collation);
            case Generated when At(Always, 1) && At(As, 2):
                _position += 3;
                return ReadGenerated(cid);
            case As:
                _position++;
                return ReadGenerated(cid);
            default:
                return false;
        }
    }

    // sqlite3AddDefaultValue keeps the text of the default: "(expr)" without its parentheses, a signed literal
    // from its sign, else the one token, each trimmed of spaces.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadDefault(int cid)
    {
        if (!Has())
        {
            return false;
        }

        var token = _tokens[_position];
        if (token.IsPunctuation('('))
        {
            var close = _tokens.ClosingOf(_position);
            if (close >= _end || close == _position + 1)
            {
                return false;
            }

            Column(cid).Default = Pooled(TrimSpaces(_tokens.Sql.Slice(token.End, _tokens[close].Start - token.End)));
            _position = close + 1;
            return true;
        }

        if (token.IsOther('+') || token.IsOther('-'))
        {
            if (!Has(1) || !IsLiteral(_tokens[_position + 1]))
            {
                return false;
            }

            Column(cid).Default = Pooled(_tokens.Sql.Slice(token.Start, _tokens[_position + 1].End - token.Start));
            _position += 2;
            return true;
        }

        if (!IsLiteral(token) && token.Kind != SqliteTokenKind.QuotedIdentifier)
        {
            return false;
        }

        Column(cid).Default = Pooled(token.Text);
        _position++;
        return true;
    }

    // A literal (number, string, blob) or a word: NULL, CURRENT_TIME/DATE/TIMESTAMP, TRUE, FALSE or an identifier.
    private static bool IsLiteral(SqliteToken token) =>
        token.Kind is SqliteTokenKind.Number or SqliteTokenKind.String or SqliteTokenKind.Blob
        || (token.Kind == SqliteTokenKind.Word && (token.Keyword == Null || !EndsType(token.Keyword)));

    private static ReadOnlySpan<char> TrimSpaces(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsSpace(text[start]))
        {
            start++;
        }

        return text[start..TrimEndSpaces(text, text.Length)];
    }

    private string Pooled(ReadOnlySpan<char> text) => _tokens.Pool?.Get(text) ?? text.ToString();

    // AS (expr) [STORED | VIRTUAL]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadGenerated(int cid)
    {
        if (!SkipParenthesized())
        {
            return false;
        }

        Column(cid).Hidden = At(Stored) ? HiddenStored : HiddenVirtual;
        _position += At(Stored) || At(Virtual) ? 1 : 0;
        return true;
    }

    // sqlite3AddCollateType also corrects the indexes already made on this column (by an earlier PRIMARY KEY or UNIQUE).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SetCollation(int cid, string collation)
    {
        Column(cid).Collation = collation;
        foreach (var index in _indexes)
        {
            if (index.Parts[0].Cid == cid)
            {
                index.Parts[0] = index.Parts[0] with { Collation = collation };
            }
        }

        return true;
    }

    // [ON CONFLICT ROLLBACK|ABORT|FAIL|IGNORE|REPLACE]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadConflictClause()
    {
        if (!(At(On) && At(Conflict, 1)))
        {
            return true;
        }

        if (!(Has(2) && _tokens[_position + 2].Keyword is Rollback or Abort or Fail or Ignore or Replace))
        {
            return false;
        }

        _position += 3;
        return true;
    }

    // [INITIALLY DEFERRED|IMMEDIATE]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadInitially()
    {
        if (!At(Initially))
        {
            return true;
        }

        if (!(At(Deferred, 1) || At(Immediate, 1)))
        {
            return false;
        }

        _position += 2;
        return true;
    }
}
