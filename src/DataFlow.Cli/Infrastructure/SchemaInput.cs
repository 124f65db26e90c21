using DataFlow.Cli.CodeFirst;
using DataFlow.CodeFirst;
using DataFlow.Discovery;
using DataFlow.Schema;
using DataFlow.Snapshots;

namespace DataFlow.Cli.Infrastructure;

/// <summary>
/// One side of a comparison, resolved in one place for every command that compares or migrates schemas: a database URL,
/// a snapshot file (<c>.json</c>), C# models (a folder or <c>.cs</c> file, read with Roslyn) or a compiled models
/// assembly (<c>.dll</c>). Models need a dialect to spell their column types; <see cref="LoadPairAsync"/> takes it from
/// the other side unless one is given.
/// </summary>
internal static class SchemaInput
{
    /// <summary>What <paramref name="value"/> names: an existing folder or a <c>.cs</c> file is model source, a <c>.dll</c> an assembly, a <c>.json</c> a snapshot, anything else a database URL.</summary>
    public static SchemaInputKind KindOf(string value)
    {
        if (value.Contains("://", StringComparison.Ordinal))
        {
            return SchemaInputKind.Database;
        }

        return Path.GetExtension(value).ToLowerInvariant() switch
        {
            ".json" => SchemaInputKind.Snapshot,
            ".dll" => SchemaInputKind.ModelAssembly,
            ".cs" => SchemaInputKind.ModelSource,
            _ when Directory.Exists(value) => SchemaInputKind.ModelSource,
            _ => SchemaInputKind.Database,
        };
    }

    /// <summary>Whether <paramref name="value"/> names C# models (source or assembly).</summary>
    public static bool IsModels(string value) => KindOf(value) is SchemaInputKind.ModelSource or SchemaInputKind.ModelAssembly;

    /// <summary>A label for reports: the path, or the URL with its password masked.</summary>
    public static string Label(string value) => KindOf(value) == SchemaInputKind.Database ? DatabaseLabel(value) : value;

    /// <summary>
    /// Loads both sides. A models side uses <paramref name="dialect"/>, else the dialect of the other side (which is then
    /// loaded first); two models sides without <paramref name="dialect"/> are <c>DF-CF-008</c>.
    /// </summary>
    public static async Task<(DatabaseSchema From, DatabaseSchema To)> LoadPairAsync(
        string from, string to, string? dialect, CliHost host, CancellationToken cancellationToken = default)
    {
        if (IsModels(from) && !IsModels(to))
        {
            var target = await LoadAsync(to, dialect, host, cancellationToken);
            return (await LoadAsync(from, dialect ?? target.Dialect, host, cancellationToken), target);
        }

        var source = await LoadAsync(from, dialect, host, cancellationToken);
        return (source, await LoadAsync(to, dialect ?? (IsModels(from) ? null : source.Dialect), host, cancellationToken));
    }

    /// <summary>Reads the snapshot or models, or discovers the database; models need <paramref name="dialect"/> (<c>DF-CF-008</c> without).</summary>
    public static async Task<DatabaseSchema> LoadAsync(string value, string? dialect, CliHost host, CancellationToken cancellationToken = default)
    {
        switch (KindOf(value))
        {
            case SchemaInputKind.Snapshot:
                return await SchemaSnapshot.ReadAsync(value, cancellationToken);
            case SchemaInputKind.ModelSource:
                return await SourceModelReader.ReadAsync(value, ModelOptions(dialect), cancellationToken);
            case SchemaInputKind.ModelAssembly:
                return ModelSchemaReader.FromAssembly(value, ModelOptions(dialect));
            default:
                var database = ResolvedDatabase.Resolve(value, host);
                return await host.SchemaSource.DiscoverAsync(database.Url, database.Target, SchemaDiscoveryOptions.Default, cancellationToken);
        }
    }

    private static ModelReadOptions ModelOptions(string? dialect) =>
        new() { Dialect = dialect ?? throw DataFlowErrors.ModelDialectRequired() };

    private static string DatabaseLabel(string value)
    {
        try
        {
            return Connections.DatabaseUrl.Parse(value).DisplayUrl;
        }
        catch (DataFlowException)
        {
            return "(database)";
        }
    }
}
