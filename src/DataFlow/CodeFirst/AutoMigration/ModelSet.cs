using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations.Schema;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DataFlow.Migrations.Planning;
using DataFlow.Schema;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>
/// The code-first models of one <see cref="DataFlowDb"/> read as one schema (so foreign keys between them resolve),
/// each model's table, and the hash of the whole (the planner's CREATE script of the schema).
/// </summary>
internal sealed class ModelSet
{
    // Model types do not change while a process runs: a set read once (with its hash) serves every DataFlowDb.
    private static readonly ConcurrentDictionary<string, ModelSet> Cache = new(StringComparer.Ordinal);
    private readonly Lazy<string> _hash;

    private ModelSet(DatabaseSchema schema, IReadOnlyList<(Type Type, Table Table)> models)
    {
        Schema = schema;
        Models = models;
        _hash = new Lazy<string>(() =>
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
    public string JournalMetadata => "{\"modelHash\":\"" + Hash + "\"}";

    /// <summary>Reads <paramref name="types"/> for <paramref name="dialect"/>.</summary>
    public static ModelSet Read(IReadOnlyList<Type> types, string dialect)
    {
        var key = dialect + "|" + string.Join("|", types.Select(t => t.AssemblyQualifiedName));
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var set = ReadUncached(types, dialect);
        return Cache.Count < 1000 ? Cache.GetOrAdd(key, set) : set;
    }

    /// <summary><see cref="Read"/> with <see cref="Hash"/> computed.</summary>
    public static ModelSet ReadHashed(IReadOnlyList<Type> types, string dialect)
    {
        var set = Read(types, dialect);
        _ = set.Hash;
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
    public static Table TableOf(Type type, IReadOnlyList<Type> all, string dialect)
    {
        try
        {
            return Read([type], dialect).Models[0].Table;
        }
        catch (DataFlowConfigurationException)
        {
            return Read(all, dialect).Models.First(m => m.Type == type).Table;
        }
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
