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
    private ModelSet(DatabaseSchema schema, IReadOnlyList<(Type Type, Table Table)> models, string hash)
    {
        Schema = schema;
        Models = models;
        Hash = hash;
    }

    /// <summary>The models' schema in the database's dialect.</summary>
    public DatabaseSchema Schema { get; }

    /// <summary>Each model type with its table.</summary>
    public IReadOnlyList<(Type Type, Table Table)> Models { get; }

    /// <summary>A SHA-256 over the CREATE script of <see cref="Schema"/>: equal models give equal hashes.</summary>
    public string Hash { get; }

    /// <summary>The qualified names of the models' tables.</summary>
    public IReadOnlySet<string> TableNames => Models.Select(m => m.Table.QualifiedName).ToHashSet(StringComparer.Ordinal);

    /// <summary>The JSON stored as the journal entry's metadata: identifies these models.</summary>
    public string JournalMetadata => "{\"modelHash\":\"" + Hash + "\"}";

    /// <summary>Reads <paramref name="types"/> for <paramref name="dialect"/>.</summary>
    public static ModelSet Read(IReadOnlyList<Type> types, string dialect)
    {
        var schema = ModelSchemaReader.FromTypes(types, new ModelReadOptions { Dialect = dialect });
        var models = types.Select(t => (t, FindTable(schema, t))).ToList();
        var script = MigrationPlanner.Plan(new DatabaseSchema { Dialect = dialect }, schema).Steps.SelectMany(s => s.Statements);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(";\n", script))));
        return new ModelSet(schema, models, hash);
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
