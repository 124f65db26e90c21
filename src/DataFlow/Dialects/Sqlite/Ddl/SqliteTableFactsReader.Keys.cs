using System.Runtime.CompilerServices;
using static DataFlow.Dialects.Sqlite.SqliteKeyword;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteTableFactsReader
{
    // [CONSTRAINT name] | PRIMARY KEY (...) | UNIQUE (...) | CHECK (...) | FOREIGN KEY (...) REFERENCES ...
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadTableConstraint()
    {
        switch (_tokens[_position].Keyword)
        {
            case Constraint:
                _position++;
                return SkipName();
            case Primary when At(Key, 1) && AtPunctuation('(', 2):
                _position += 2;
                return ReadKeyList(allowAutoincrement: true) && ReadConflictClause()
                    && Resolve() is { } primaryKey && AddPrimaryKey(primaryKey, columnDescending: false);
            case Unique when AtPunctuation('(', 1):
                _position++;
                return ReadKeyList(allowAutoincrement: false) && ReadConflictClause()
                    && Resolve() is { } unique && AddAutoIndex(isPrimaryKey: false, unique);
            case Check when AtPunctuation('(', 1):
                _position++;
                return SkipParenthesized() && ReadConflictClause();
            case Foreign when At(Key, 1) && AtPunctuation('(', 2):
                _position += 2;
                if (!ReadKeyList(allowAutoincrement: false) || Resolve() is not { } from || !At(References))
                {
                    return false;
                }

                _position++;
                return ReadReferences(from.ConvertAll(p => p.Cid)) && ReadDeferClause();
            default:
                return false;
        }
    }

    // (name [COLLATE collation] [ASC|DESC], ...) [AUTOINCREMENT before the ")" of a PRIMARY KEY], into _keyList;
    // the position moves past it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadKeyList(bool allowAutoincrement)
    {
        var open = _position;
        var close = _tokens.ClosingOf(open);
        if (close >= _end)
        {
            return false;
        }

        _position = close + 1;
        var parts = _keyList;
        parts.Clear();
        var i = open + 1;
        while (true)
        {
            if (i >= close || !_tokens[i].IsName)
            {
                return false;
            }

            var name = _tokens.ValueOf(_tokens[i++]);
            string? collation = null;
            if (i < close && _tokens[i].Is(Collate))
            {
                if (i + 1 >= close || !_tokens[i + 1].IsName)
                {
                    return false;
                }

                collation = _tokens.ValueOf(_tokens[i + 1]);
                i += 2;
            }

            var descending = i < close && _tokens[i].Is(Desc);
            i += i < close && (descending || _tokens[i].Is(Asc)) ? 1 : 0;
            parts.Add((name, collation, descending));
            if (i == close || (allowAutoincrement && i + 1 == close && _tokens[i].Is(Autoincrement)))
            {
                return true;
            }

            if (!_tokens[i].IsPunctuation(','))
            {
                return false;
            }

            i++;
        }
    }

    // The columns of the key list just read, each named once; null when a name is not a column of the table.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<KeyPart>? Resolve()
    {
        var parts = new List<KeyPart>(_keyList.Count);
        foreach (var (name, collation, descending) in _keyList)
        {
            var cid = FindColumn(name);
            if (cid < 0 || IsListed(parts, cid))
            {
                return null;
            }

            parts.Add(new KeyPart(cid, collation, descending));
        }

        return parts;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsListed(List<KeyPart> parts, int cid)
    {
        foreach (var part in parts)
        {
            if (part.Cid == cid)
            {
                return true;
            }
        }

        return false;
    }

    // sqlite3AddPrimaryKey: one column whose type is exactly INTEGER (and, as a column constraint, not DESC) becomes
    // the rowid alias and gets no index; any other primary key gets an automatic index.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool AddPrimaryKey(List<KeyPart> parts, bool columnDescending)
    {
        if (_primaryKey is not null)
        {
            return false;
        }

        _primaryKey = parts;
        if (parts.Count == 1 && _columns[parts[0].Cid].IsInteger && !columnDescending)
        {
            _rowIdAlias = parts[0].Cid;
            _rowIdAliasDescending = parts[0].Descending;
            return true;
        }

        return AddAutoIndex(isPrimaryKey: true, parts);
    }

    // sqlite3CreateIndex for a constraint: no second index on the same columns with the same collations (a
    // PRIMARY KEY repeating an earlier UNIQUE turns that index into the primary key's); names count up from 1.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool AddAutoIndex(bool isPrimaryKey, List<KeyPart> parts)
    {
        var keyed = new List<KeyPart>(parts.Count);
        foreach (var part in parts)
        {
            keyed.Add(part with { Collation = part.Collation ?? _columns[part.Cid].Collation ?? "BINARY" });
        }

        foreach (var index in _indexes)
        {
            if (SameKey(index.Parts, keyed))
            {
                index.IsPrimaryKey |= isPrimaryKey;
                return true;
            }
        }

        _indexes.Add(new AutoIndex($"sqlite_autoindex_{_table}_{_indexes.Count + 1}", isPrimaryKey, keyed));
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SameKey(List<KeyPart> x, List<KeyPart> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (x[i].Cid != y[i].Cid || !SqliteNameComparer.Instance.Equals(x[i].Collation, y[i].Collation))
            {
                return false;
            }
        }

        return true;
    }

    // After REFERENCES: table [(columns)] [ON DELETE|UPDATE|INSERT action | MATCH name]...
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadReferences(List<int> from)
    {
        if (!AcceptName(out var principal))
        {
            return false;
        }

        List<string>? to = null;
        if (AtPunctuation('('))
        {
            if (!ReadKeyList(allowAutoincrement: false) || _keyList.Count != from.Count)
            {
                return false;
            }

            to = _keyList.ConvertAll(n => n.Name);
        }

        var (onDelete, onUpdate) = ("NO ACTION", "NO ACTION");
        while (true)
        {
            if (At(Match))
            {
                _position++;
                if (!SkipName())
                {
                    return false;
                }
            }
            else if (At(On) && Has(1) && _tokens[_position + 1].Keyword is Delete or Update or SqliteKeyword.Insert)
            {
                var kind = _tokens[_position + 1].Keyword;
                _position += 2;
                if (ReadAction() is not { } action)
                {
                    return false;
                }

                onDelete = kind == Delete ? action : onDelete;
                onUpdate = kind == Update ? action : onUpdate;
            }
            else
            {
                break;
            }
        }

        _foreignKeys.Add(new ForeignKeyState(principal, from, to, onUpdate, onDelete));
        return true;
    }

    // The action as pragma_foreign_key_list spells it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ReadAction()
    {
        string? action = At(Set) && At(Null, 1) ? "SET NULL"
            : At(Set) && At(Default, 1) ? "SET DEFAULT"
            : At(No) && At(SqliteKeyword.Action, 1) ? "NO ACTION"
            : At(Cascade) ? "CASCADE"
            : At(Restrict) ? "RESTRICT"
            : null;
        _position += action is null ? 0 : action.Contains(' ', StringComparison.Ordinal) ? 2 : 1;
        return action;
    }

    // [[NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadDeferClause()
    {
        if (At(Not) && At(Deferrable, 1))
        {
            _position += 2;
            return ReadInitially();
        }

        if (At(Deferrable))
        {
            _position++;
            return ReadInitially();
        }

        return true;
    }
}
