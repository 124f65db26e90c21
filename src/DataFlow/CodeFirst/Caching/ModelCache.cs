using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using DataFlow.CodeFirst.AutoMigration;
using DataFlow.Naming;
using DataFlow.Schema;
using Microsoft.Extensions.Logging;

namespace DataFlow.CodeFirst.Caching;

/// <summary>
/// Code-first models as read from their classes, kept on disk between runs (docs/auto-migrate.md, "The model cache and
/// a fresh process's start"; ADR 0022): a fresh process whose model classes are unchanged gets their tables and hash from one small file instead
/// of reflection, naming, schema building and the planner. Entries are keyed by the builds of the model's assembly and
/// of what it references (<see cref="ModelCacheKey"/>), so changed code never meets a stale entry.
/// </summary>
internal sealed class ModelCache
{
    // One bundle per file for the whole process, whichever DataFlowDb asks.
    private static readonly ConcurrentDictionary<string, Lazy<ModelCacheBundle>> Bundles = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool> TrustedFolders = new(StringComparer.Ordinal);
    // Per assembly, the keys by dialect and culture (reference-typed keys: no value-tuple dictionary to JIT-compile).
    private static readonly ConcurrentDictionary<Assembly, ConcurrentDictionary<string, ModelCacheKey?>> Keys = new();

    private readonly string _directory;
    private readonly ILogger _logger;

    private ModelCache(string directory, ILogger logger)
    {
        _directory = directory;
        _logger = logger;
    }

    /// <summary>The environment variable that names the folder when the options do not.</summary>
    public const string DirectoryVariable = "DATAFLOW_MODEL_CACHE_DIR";

    /// <summary>
    /// The folder when the options name none: <see cref="DirectoryVariable"/> when set, else <c>DataFlow/model-cache</c>
    /// in the user's local application data; null when there is neither.
    /// </summary>
    public static string? DefaultDirectory
    {
        get
        {
            if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } configured)
            {
                return configured;
            }

            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "DataFlow", "model-cache");
        }
    }

    /// <summary>The cache <paramref name="options"/> ask for, or null when it is off (or there is no folder for it).</summary>
    public static ModelCache? Create(DataFlowOptions options, ILogger logger) =>
        options.UseModelCache && (options.ModelCacheDirectory ?? DefaultDirectory) is { Length: > 0 } directory ? new ModelCache(directory, logger) : null;

    /// <summary>The table cached for <paramref name="type"/> registered on its own.</summary>
    public Table? FindTable(Type type, string dialect) => BundleFor(type.Assembly, dialect)?.FindTable(type.FullName!);

    /// <summary>Caches <paramref name="table"/> as <paramref name="type"/>'s, read on its own.</summary>
    public void AddTable(Type type, string dialect, Table table)
    {
        if (BundleFor(type.Assembly, dialect) is { } bundle && bundle.Key.Covers(type))
        {
            bundle.AddTable(type.FullName!, table);
        }
    }

    /// <summary>The set cached for <paramref name="types"/>, or null.</summary>
    public ModelSet? FindSet(IReadOnlyList<Type> types, string dialect)
    {
        if (types.Count == 0 || BundleFor(types[0].Assembly, dialect)?.FindSet(TypeList(types)) is not { } cached)
        {
            return null;
        }

        var models = new List<(Type, Table)>(types.Count);
        for (var i = 0; i < types.Count; i++)
        {
            if (cached.Schema.FindTable(cached.TableNames[i]) is not { } table)
            {
                return null;
            }

            models.Add((types[i], table));
        }

        return ModelSet.FromCache(cached.Schema, models, cached.Hash);
    }

    /// <summary>
    /// The set most recently cached whose first model is <paramref name="first"/>: what an application that registered
    /// it first is most likely registering again.
    /// </summary>
    public CachedModelSet? ExpectedSet(Type first, string dialect) =>
        BundleFor(first.Assembly, dialect)?.FindSetStartingWith(first.AssemblyQualifiedName!);

    /// <summary>Caches <paramref name="set"/> (hashed) and writes the file when anything was added.</summary>
    public void AddSet(IReadOnlyList<Type> types, ModelSet set)
    {
        if (types.Count == 0 || BundleFor(types[0].Assembly, set.Schema.Dialect) is not { } bundle)
        {
            return;
        }

        if (types.All(bundle.Key.Covers))
        {
            bundle.AddSet(new CachedModelSet(TypeList(types), set.Schema, [.. set.Models.Select(m => m.Table.QualifiedName)], set.Hash));
        }

        if (bundle.SaveIfChanged() is { } error)
        {
            Log.ModelCacheNotWritten(_logger, bundle.Path, error.Message);
        }
        else
        {
            ModelCacheFolder.Prune(_directory, _logger);
        }
    }

    private ModelCacheBundle? BundleFor(Assembly assembly, string dialect)
    {
        // Collectible assemblies are never cached, nor kept alive by the key dictionary.
        if (assembly.IsDynamic || assembly.IsCollectible || EnglishInflector.FollowsHumanizer || !IsTrusted())
        {
            return null;
        }

        var key = Keys.GetOrAdd(assembly, _ => new ConcurrentDictionary<string, ModelCacheKey?>(StringComparer.Ordinal))
            .GetOrAdd(dialect + " " + CultureInfo.CurrentCulture.Name, _ => ModelCacheKey.For(assembly, dialect));
        if (key is null)
        {
            return null;
        }

        var path = Path.Combine(_directory, key.FileName);
        var bundle = Bundles.GetOrAdd(path, p => new Lazy<ModelCacheBundle>(() =>
        {
            var loaded = ModelCacheBundle.Load(p, key, out var problem);
            if (problem is not null)
            {
                Log.ModelCacheNotRead(_logger, p, problem);
            }

            return loaded;
        })).Value;
        return bundle.Key.Text == key.Text ? bundle : null;
    }

    // Checked once per folder and process once it exists (before, the cache creates it owner-only; the writer checks
    // again after creating it).
    private bool IsTrusted()
    {
        if (TrustedFolders.TryGetValue(_directory, out var trusted))
        {
            return trusted;
        }

        if (!Directory.Exists(_directory))
        {
            return true;
        }

        var reason = ModelCacheFolder.Untrusted(_directory);
        if (reason is not null)
        {
            Log.ModelCacheUntrusted(_logger, _directory, reason);
        }

        return TrustedFolders.GetOrAdd(_directory, reason is null);
    }

    private static string TypeList(IReadOnlyList<Type> types) => string.Join("\n", types.Select(t => t.AssemblyQualifiedName));
}
