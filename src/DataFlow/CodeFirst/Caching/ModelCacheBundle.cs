using DataFlow.Schema;
using DataFlow.Snapshots.Binary;

namespace DataFlow.CodeFirst.Caching;

/// <summary>A set of models as cached: its schema, each model's table (in the set's type order) and its hash.</summary>
/// <param name="Types">The models' type names, one per line, in registration order.</param>
/// <param name="Schema">The models' schema.</param>
/// <param name="TableNames">The qualified table name of each model, in the order of <paramref name="Types"/>.</param>
/// <param name="Hash">The set's model hash.</param>
internal sealed record CachedModelSet(string Types, DatabaseSchema Schema, EquatableArray<string> TableNames, string Hash);

/// <summary>
/// The cache file of one <see cref="ModelCacheKey"/>: the table of each model registered on its own, and the last
/// sets read as a whole (with their hashes). Loaded once per process; written whole, through a temporary file that
/// replaces the old one, so a reader never sees half a file (concurrent writers: the last one wins).
/// </summary>
internal sealed class ModelCacheBundle
{
    // Enough for the sets an application registers; the oldest ones go first.
    private const int MaxSets = 16;
    private const int MaxTables = 4096;
    private const int Magic = 0x434d4644; // "DFMC"

    private readonly object _lock = new();
    private readonly Dictionary<string, Table> _tables;
    private readonly List<CachedModelSet> _sets;
    private bool _changed;

    private ModelCacheBundle(string path, ModelCacheKey key, Dictionary<string, Table> tables, List<CachedModelSet> sets)
    {
        Path = path;
        Key = key;
        _tables = tables;
        _sets = sets;
    }

    /// <summary>The cache file.</summary>
    public string Path { get; }

    /// <summary>What the cached readings depend on.</summary>
    public ModelCacheKey Key { get; }

    /// <summary>Reads the file at <paramref name="path"/>; empty when it is missing, damaged (<paramref name="problem"/> says how) or of another key.</summary>
    public static ModelCacheBundle Load(string path, ModelCacheKey key, out string? problem)
    {
        problem = null;
        try
        {
            if (File.Exists(path))
            {
                using var input = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)));
                if (input.ReadInt32() == Magic && input.ReadString() == key.Text)
                {
                    return Read(path, key, input);
                }
            }
        }
        catch (Exception e) when (IsDamage(e))
        {
            // A truncated or overwritten file, or one that cannot be read: the models are read from their classes.
            problem = e.GetType().Name + ": " + e.Message;
        }

        return new ModelCacheBundle(path, key, new Dictionary<string, Table>(StringComparer.Ordinal), []);
    }

    /// <summary>Whatever reading or writing a cache file can throw (the cache is only ever a shortcut); not out-of-memory.</summary>
    public static bool IsDamage(Exception e) => e is not OutOfMemoryException;

    /// <summary>The table cached for the model type named <paramref name="typeName"/>.</summary>
    public Table? FindTable(string typeName)
    {
        lock (_lock)
        {
            return _tables.GetValueOrDefault(typeName);
        }
    }

    /// <summary>The set cached for the types listed in <paramref name="types"/> (see <see cref="CachedModelSet.Types"/>).</summary>
    public CachedModelSet? FindSet(string types)
    {
        lock (_lock)
        {
            var index = _sets.FindIndex(s => s.Types == types);
            if (index < 0)
            {
                return null;
            }

            var set = _sets[index];
            _sets.RemoveAt(index);
            _sets.Insert(0, set);
            return set;
        }
    }

    /// <summary>The most recently used set whose first type is <paramref name="firstType"/>, without making it more recent.</summary>
    public CachedModelSet? FindSetStartingWith(string firstType)
    {
        lock (_lock)
        {
            return _sets.Find(s => s.Types == firstType || s.Types.StartsWith(firstType + "\n", StringComparison.Ordinal));
        }
    }

    /// <summary>Caches the table of the model type named <paramref name="typeName"/>.</summary>
    public void AddTable(string typeName, Table table)
    {
        lock (_lock)
        {
            if (_tables.Count < MaxTables && !(_tables.TryGetValue(typeName, out var cached) && cached.Equals(table)))
            {
                _tables[typeName] = table;
                _changed = true;
            }
        }
    }

    /// <summary>Caches <paramref name="set"/>, in place of any set whose types it starts with (registration grows a set).</summary>
    public void AddSet(CachedModelSet set)
    {
        lock (_lock)
        {
            if (_sets.Find(s => s.Types == set.Types) is { } cached && cached.Hash == set.Hash && cached.Schema.Equals(set.Schema))
            {
                return;
            }

            _sets.RemoveAll(s => set.Types == s.Types || set.Types.StartsWith(s.Types + "\n", StringComparison.Ordinal));
            _sets.Insert(0, set);
            if (_sets.Count > MaxSets)
            {
                _sets.RemoveRange(MaxSets, _sets.Count - MaxSets);
            }

            _changed = true;
        }
    }

    /// <summary>Writes the file when something was added since it was read or last written; returns what went wrong, if anything.</summary>
    public Exception? SaveIfChanged()
    {
        byte[] content;
        lock (_lock)
        {
            if (!_changed)
            {
                return null;
            }

            content = Serialize();
            _changed = false;
        }

        var temporary = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var directory = System.IO.Path.GetDirectoryName(Path)!;
            ModelCacheFolder.Create(directory);
            if (ModelCacheFolder.Untrusted(directory) is { } reason)
            {
                return new UnauthorizedAccessException(reason);
            }

            using (var file = ModelCacheFolder.CreatePrivateFile(temporary))
            {
                file.Write(content);
            }

            File.Move(temporary, Path, overwrite: true);
            return null;
        }
        catch (Exception e) when (IsDamage(e))
        {
            TryDelete(temporary);
            lock (_lock)
            {
                _changed = true; // written by the next attempt, if any
            }

            return e;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (IsDamage(e))
        {
            // Left for the folder's pruning (temporary files older than an hour).
        }
    }

    // Sets first; a model's own table that equals a table of a set is stored as a reference to it, which halves the
    // file of a typical application and lets both readings share one instance (equal records compare by reference first).
    private static ModelCacheBundle Read(string path, ModelCacheKey key, BinaryReader input)
    {
        var reader = new SchemaBinaryReader(input);
        var sets = new List<CachedModelSet>();
        for (var count = ReadCount(input); count > 0; count--)
        {
            var set = new CachedModelSet(input.ReadString(), reader.ReadSchema(), reader.Names(), input.ReadString());
            if (set.Types.Split('\n').Length != set.TableNames.Count)
            {
                throw new InvalidDataException($"a set of {set.TableNames.Count} tables for a different number of models");
            }

            sets.Add(set);
        }

        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        for (var count = ReadCount(input); count > 0; count--)
        {
            var typeName = input.ReadString();
            var setIndex = input.ReadInt32();
            tables[typeName] = setIndex < 0 ? reader.ReadTable() : TableAt(sets, setIndex, input.ReadInt32());
        }

        return new ModelCacheBundle(path, key, tables, sets);
    }

    private static Table TableAt(List<CachedModelSet> sets, int setIndex, int tableIndex) =>
        setIndex < sets.Count && tableIndex >= 0 && tableIndex < sets[setIndex].Schema.Tables.Count
            ? sets[setIndex].Schema.Tables[tableIndex]
            : throw new InvalidDataException($"invalid table reference {setIndex}/{tableIndex}");

    private static int ReadCount(BinaryReader input)
    {
        var count = input.ReadInt32();
        return count is >= 0 and <= MaxTables ? count : throw new InvalidDataException($"invalid entry count {count}");
    }

    private byte[] Serialize()
    {
        var inSets = new Dictionary<Table, (int Set, int Table)>();
        for (var i = 0; i < _sets.Count; i++)
        {
            var tables = _sets[i].Schema.Tables;
            for (var j = 0; j < tables.Count; j++)
            {
                inSets.TryAdd(tables[j], (i, j));
            }
        }

        using var buffer = new MemoryStream();
        using (var output = new BinaryWriter(buffer))
        {
            var writer = new SchemaBinaryWriter(output);
            output.Write(Magic);
            output.Write(Key.Text);
            output.Write(_sets.Count);
            foreach (var set in _sets)
            {
                output.Write(set.Types);
                writer.Write(set.Schema);
                writer.Names(set.TableNames);
                output.Write(set.Hash);
            }

            output.Write(_tables.Count);
            foreach (var (typeName, table) in _tables)
            {
                output.Write(typeName);
                if (inSets.TryGetValue(table, out var at))
                {
                    output.Write(at.Set);
                    output.Write(at.Table);
                }
                else
                {
                    output.Write(-1);
                    writer.Write(table);
                }
            }
        }

        return buffer.ToArray();
    }
}
