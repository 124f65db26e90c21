using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations.Schema;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DataFlow.CodeFirst.Caching;
using DataFlow.Migrations.Planning;
using DataFlow.Schema;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>
/// The code-first models of one <see cref="DataFlowDb"/> read as one schema (so foreign keys between them resolve),
/// each model's table, and the hash of the whole (the planner's CREATE script of the schema). Kept per process, and
/// between processes in the <see cref="ModelCache"/> when one is given.
/// </summary>
internal sealed class ModelSet
{
    // Model types do not change while a process runs: a set read once (with its hash) serves every DataFlowDb.
    private static readonly ConcurrentDictionary<string, ModelSet> Cache = new(StringComparer.Ordinal);
    private readonly Lazy<string> _hash;

    private ModelSet(DatabaseSchema schema, IReadOnlyList<(Type Type, Table Table)> models, string? hash = null)
    {
        Schema = schema;
        Models = models;
        _hash = hash is not null ? new Lazy<string>(hash) : new Lazy<string>(() =>
        {
            var script = MigrationPlanner.Plan(new DatabaseSchema { Dialect = schema.Dialect }, schema).Steps.SelectMany(s => s.Statements);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(";\n", script))));
        });
    }

    /// <summary>The models' schema in the database's dialect.</summary>
    public DatabaseSchema Schema { get; }

    /// <summary>Each model type with its table.</summary>
    public IReadOnlyList<(Type Type, Table Table)> Models { get; }

    /// <summary>A SHA-256 over the CREATE script of <see cref="Schema"/>: equal models give equal hashes.</summary>
    public string Hash => _hash.Value;

    /// <summary>The qualified names of the models' tables.</summary>
    public IReadOnlySet<string> TableNames => Models.Select(m => m.Table.QualifiedName).ToHashSet(StringComparer.Ordinal);

    /// <summary>The JSON stored as the journal entry's metadata: identifies these models.</summary>
    public string JournalMetadata => JournalMetadataOf(Hash);

    /// <summary>The journal entry's metadata for the models whose hash is <paramref name="hash"/>.</summary>
    public static string JournalMetadataOf(string hash) => "{\"modelHash\":\"" + hash + "\"}";

    /// <summary>A set read back from <see cref="ModelCache"/>, with its hash.</summary>
    public static ModelSet FromCache(DatabaseSchema schema, IReadOnlyList<(Type Type, Table Table)> models, string hash) =>
        new(schema, models, hash) { IsFromPersistedCache = true };

    /// <summary>True when the set was read back from the <see cref="ModelCache"/> (nothing to add to it).</summary>
    public bool IsFromPersistedCache { get; private init; }

    /// <summary>Reads <paramref name="types"/> for <paramref name="dialect"/>: from this process's sets, else <paramref name="persisted"/>, else their classes.</summary>
    public static ModelSet Read(IReadOnlyList<Type> types, string dialect, ModelCache? persisted = null)
    {
        // The culture is part of the reading: Humanizer lower-cases names in the current one.
        var key = dialect + "|" + System.Globalization.CultureInfo.CurrentCulture.Name + "|" + string.Join("|", types.Select(t => t.AssemblyQualifiedName));
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var set = persisted?.FindSet(types, dialect) ?? ReadUncached(types, dialect);
        return Cache.Count < 1000 ? Cache.GetOrAdd(key, set) : set;
    }

    /// <summary><see cref="Read"/> with <see cref="Hash"/> computed, and kept in <paramref name="persisted"/> for later processes.</summary>
    public static ModelSet ReadHashed(IReadOnlyList<Type> types, string dialect, ModelCache? persisted = null)
    {
        var set = Read(types, dialect, persisted);
        _ = set.Hash;
        if (!set.IsFromPersistedCache)
        {
            persisted?.AddSet(types, set);
        }

        return set;
    }

    private static ModelSet ReadUncached(IReadOnlyList<Type> types, string dialect)
    {
        var schema = ModelSchemaReader.FromTypes(types, new ModelReadOptions { Dialect = dialect });
        return new ModelSet(schema, [.. types.Select(t => (t, FindTable(schema, t)))]);
    }

    /// <summary>
    /// The table of <paramref name="type"/> read on its own (cheap), or — when it needs the other models, e.g. a
    /// foreign key to one of them — together with <paramref name="all"/>.
    /// </summary>
    public static Table TableOf(Type type, IReadOnlyList<Type> all, string dialect, ModelCache? persisted = null)
    {
        if (persisted?.FindTable(type, dialect) is { } cached)
        {
            return cached;
        }

        Table table;
        try
        {
            table = Read([type], dialect).Models[0].Table;
        }
        catch (DataFlowConfigurationException)
        {
            // Read with the others, it depends on what was registered before it: not cached.
            return Read(all, dialect).Models.First(m => m.Type == type).Table;
        }

        persisted?.AddTable(type, dialect, table);
        return table;
    }

    /// <summary>The table the schema reader made of <paramref name="type"/>.</summary>
    public static string TableNameOf(Type type)
    {
        var attribute = type.GetCustomAttribute<TableAttribute>();
        var name = attribute?.Name ?? ModelNaming.TableName(type.Name);
        return attribute?.Schema is { } schema ? schema + "." + name : name;
    }

    private static Table FindTable(DatabaseSchema schema, Type type) =>
        schema.FindTable(TableNameOf(type)) ?? throw DataFlowErrors.InvalidModelType(type.Name, "it is not read as a table (is it a view or an enum?)");
}
