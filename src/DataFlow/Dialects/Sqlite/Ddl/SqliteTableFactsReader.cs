using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static DataFlow.Dialects.Sqlite.SqliteKeyword;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Derives from a stored <c>CREATE TABLE</c> statement the rows SQLite's pragmas would report for the table
/// (<see cref="SqliteTableFacts"/>), by doing what SQLite itself does when it loads the schema (build.c:
/// <c>sqlite3AddColumn</c>, <c>sqlite3AddDefaultValue</c>, <c>sqlite3AddPrimaryKey</c>, <c>sqlite3CreateIndex</c>,
/// <c>sqlite3CreateForeignKey</c>, <c>sqlite3EndTable</c>, as of SQLite 3.37 to 3.40). Strict by design, unlike
/// <see cref="SqliteDdlParser"/>: it accepts only the statement shapes whose outcome it knows and returns null for
/// anything else, for which the caller asks the pragmas. It relies on the statement being one SQLite accepted,
/// which every statement in <c>sqlite_master</c> is.
/// </summary>
internal sealed partial class SqliteTableFactsReader
{
    private const int HiddenVirtual = 2;
    private const int HiddenStored = 3;

    // Room left in a table's index rows for those of its CREATE INDEX statements (two keys each, two indexes).
    private const int IndexKeysToCome = 4;

    private readonly SqliteTokenList _tokens;
    private readonly List<ColumnState> _columns = [];
    private readonly List<AutoIndex> _indexes = [];
    private readonly List<ForeignKeyState> _foreignKeys = [];
    private readonly List<(string Name, string? Collation, bool Descending)> _keyList = [];
    private string _table = string.Empty;
    private List<KeyPart>? _primaryKey;
    private int _rowIdAlias = -1;
    private bool _rowIdAliasDescending;
    private int _position;
    private int _end;

    /// <summary>A reader of the statements <paramref name="tokens"/> will hold; it can read one after the other.</summary>
    public SqliteTableFactsReader(SqliteTokenList tokens) => _tokens = tokens;

    /// <summary>The facts of the table <paramref name="table"/> (its name in <c>sqlite_master</c>), or null when the statement is not fully understood.</summary>
    public static SqliteTableFacts? TryRead(SqliteTokenList tokens, string table) => new SqliteTableFactsReader(tokens).Read(table);

    /// <summary>The facts of the table <paramref name="table"/>, whose <c>CREATE TABLE</c> statement the token list holds now; or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SqliteTableFacts? Read(string table)
    {
        // SQLite stores "CREATE TABLE name (...) [options]", whatever header the statement was written with.
        (_table, _primaryKey, _rowIdAlias, _rowIdAliasDescending) = (table, null, -1, false);
        _columns.Clear();
        _indexes.Clear();
        _foreignKeys.Clear();
        (_position, _end) = (0, _tokens.Count);
        if (_tokens.HasForeignWhitespace)
        {
            return null;
        }

        if (!(At(Create) && At(Table, 1) && Has(2) && _tokens[2].IsName && AtPunctuation('(', 3)))
        {
            return null;
        }

        var close = _tokens.ClosingOf(3);
        if (close >= _tokens.Count)
        {
            return null;
        }

        (_position, _end) = (4, close);
        if (!ReadDefinitions())
        {
            return null;
        }

        (_position, _end) = (close + 1, _tokens.Count);
        return ReadTableOptions(out var withoutRowId, out var strict) ? Finish(withoutRowId, strict) : null;
    }

    // Columns, each followed by a comma unless it is the last; then table constraints, where commas are optional.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadDefinitions()
    {
        while (!(Has() && _tokens[_position].Keyword is Constraint or Primary or Unique or Check or Foreign))
        {
            if (!ReadColumn())
            {
                return false;
            }

            if (!Has())
            {
                return true;
            }

            if (!AtPunctuation(','))
            {
                return false;
            }

            _position++;
        }

        while (Has())
        {
            if (!ReadTableConstraint())
            {
                return false;
            }

            if (AtPunctuation(','))
            {
                _position++;
            }
        }

        return true;
    }

    // WITHOUT ROWID and STRICT, separated by commas; SQLite takes both only as bare words.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadTableOptions(out bool withoutRowId, out bool strict)
    {
        withoutRowId = false;
        strict = false;
        while (Has())
        {
            if (At(Without) && At(Rowid, 1))
            {
                withoutRowId = true;
                _position += 2;
            }
            else if (At(Strict))
            {
                strict = true;
                _position++;
            }
            else
            {
                return false;
            }

            if (Has() && !AtPunctuation(','))
            {
                return false;
            }

            _position++;
        }

        return true;
    }

    // sqlite3EndTable: STRICT makes primary key columns NOT NULL (the rowid alias aside); WITHOUT ROWID then builds
    // the deferred index of an INTEGER PRIMARY KEY and makes every primary key column NOT NULL.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SqliteTableFacts? Finish(bool withoutRowId, bool strict)
    {
        if (strict)
        {
            foreach (var part in _primaryKey ?? [])
            {
                Column(part.Cid).NotNull |= part.Cid != _rowIdAlias;
            }
        }

        if (withoutRowId)
        {
            if (_primaryKey is null)
            {
                return null;
            }

            if (_rowIdAlias >= 0)
            {
                var alias = _rowIdAlias;
                _rowIdAlias = -1;
                AddAutoIndex(isPrimaryKey: true, [new KeyPart(alias, null, _rowIdAliasDescending)]);
            }

            foreach (var part in _primaryKey)
            {
                Column(part.Cid).NotNull = true;
            }
        }

        for (var i = 0; i < (_primaryKey?.Count ?? 0); i++)
        {
            Column(_primaryKey![i].Cid).PrimaryKeyPosition = i + 1;
        }

        return BuildFacts(withoutRowId);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SqliteTableFacts BuildFacts(bool withoutRowId)
    {
        var (pairs, keys, inMaster) = (0, 0, 0);
        foreach (var key in _foreignKeys)
        {
            pairs += key.From.Count;
        }

        foreach (var index in _indexes)
        {
            keys += index.Parts.Count;
            inMaster += withoutRowId && index.IsPrimaryKey ? 0 : 1;
        }

        var names = inMaster == 0 ? [] : new string[inMaster];
        var facts = new SqliteTableFacts(_columns.Count, pairs, keys + IndexKeysToCome, names);
        foreach (var column in _columns)
        {
            facts.Columns.Add(new SqliteColumnRow(column.Cid, column.Name, column.Type, column.NotNull,
                column.Hidden >= HiddenVirtual ? null : column.Default, column.PrimaryKeyPosition, column.Hidden));
        }

        // The pragma lists the most recently declared foreign key first.
        for (var id = 0; id < _foreignKeys.Count; id++)
        {
            var key = _foreignKeys[^(id + 1)];
            for (var seq = 0; seq < key.From.Count; seq++)
            {
                facts.ForeignKeys.Add(new SqliteForeignKeyRow(id, seq, key.Principal, _columns[key.From[seq]].Name, key.To?[seq], key.OnUpdate, key.OnDelete));
            }
        }

        inMaster = 0;
        foreach (var index in _indexes)
        {
            for (var seq = 0; seq < index.Parts.Count; seq++)
            {
                var part = index.Parts[seq];
                facts.IndexColumns.Add(new SqliteIndexColumnRow(
                    index.Name, true, index.IsPrimaryKey ? "pk" : "u", false, seq, part.Cid, _columns[part.Cid].Name, part.Descending));
            }

            if (!(withoutRowId && index.IsPrimaryKey))
            {
                names[inMaster++] = index.Name;
            }
        }

        return facts;
    }

    private bool Has(int offset = 0) => _position + offset < _end;

    private bool At(SqliteKeyword keyword, int offset = 0) => Has(offset) && _tokens[_position + offset].Is(keyword);

    private bool AtPunctuation(char punctuation, int offset = 0) => Has(offset) && _tokens[_position + offset].IsPunctuation(punctuation);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool AcceptName(out string name)
    {
        if (Has() && _tokens[_position].IsName)
        {
            name = _tokens.ValueOf(_tokens[_position++]);
            return true;
        }

        name = string.Empty;
        return false;
    }

    // A name whose value is not needed (a constraint's, a MATCH's).
    private bool SkipName()
    {
        var isName = Has() && _tokens[_position].IsName;
        _position += isName ? 1 : 0;
        return isName;
    }

    // A parenthesized group that closes inside the current range; the position moves past it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SkipParenthesized()
    {
        if (!AtPunctuation('('))
        {
            return false;
        }

        var close = _tokens.ClosingOf(_position);
        _position = close + 1;
        return close < _end;
    }

    private ref ColumnState Column(int cid) => ref CollectionsMarshal.AsSpan(_columns)[cid];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindColumn(string name)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            if (SqliteNameComparer.Instance.Equals(_columns[i].Name, name))
            {
                return i;
            }
        }

        return -1;
    }

    private struct ColumnState(int cid, string name)
    {
        public readonly int Cid = cid;
        public readonly string Name = name;
        public string Type = string.Empty;
        public bool IsInteger;
        public bool NotNull;
        public string? Default;
        public int Hidden;
        public string? Collation;
        public int PrimaryKeyPosition;
    }

    private readonly record struct KeyPart(int Cid, string? Collation, bool Descending);

    private sealed class AutoIndex(string name, bool isPrimaryKey, List<KeyPart> parts)
    {
        public string Name { get; } = name;

        public bool IsPrimaryKey { get; set; } = isPrimaryKey;

        public List<KeyPart> Parts { get; } = parts;
    }

    private sealed record ForeignKeyState(string Principal, List<int> From, List<string>? To, string OnUpdate, string OnDelete);
}
