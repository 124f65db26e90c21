using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;

namespace DataFlow.CodeFirst.Caching;

/// <summary>
/// What a cached reading of model classes depends on, as text: the build of the assembly that declares them and of
/// every assembly it references (module version ids, which change with any change of the code), the builds of DataFlow
/// and Humanizer (the conventions), the runtime, the current culture (Humanizer lower-cases in it) and the dialect.
/// Equal keys mean the reading would give the same tables.
/// </summary>
internal sealed class ModelCacheKey
{
    // Bumped whenever the cached form changes; older files then no longer match.
    private const int FormatVersion = 1;

    // Microsoft's own assemblies (runtime, ASP.NET Core, extensions) are identified by name and version rather than
    // loaded for their module version id: referencing them costs nothing, and their types do not change within a version.
    private static readonly ulong[] MicrosoftKeyTokens = [0xb03f5f7f11d50a3a, 0xcc7b13ffcd2ddd51, 0x7cec85d7bea7798e, 0xadb9793829ddae60, 0x31bf3856ad364e35];

    /// <summary>The extension of cache files.</summary>
    public const string FileExtension = ".dfmodels";

    private ModelCacheKey(string text, IReadOnlySet<Assembly> covered)
    {
        Text = text;
        Covered = covered;
        var name = new StringBuilder(16 + FileExtension.Length);
        AppendHex(name, BitConverter.GetBytes(Fnv1a(text)));
        FileName = name.Append(FileExtension).ToString();
    }

    /// <summary>The whole key; stored in the cache file and compared on reading.</summary>
    public string Text { get; }

    /// <summary>The cache file's name (a hash of <see cref="Text"/>, which the file repeats: a collision only misses).</summary>
    public string FileName { get; }

    /// <summary>The assemblies whose builds the key names.</summary>
    public IReadOnlySet<Assembly> Covered { get; }

    /// <summary>
    /// Whether every assembly <paramref name="type"/>'s reading depends on is named by the key: its own, its base
    /// classes', and those of its generic arguments (a model <c>Wrapper&lt;Foo&gt;</c> is declared where <c>Wrapper</c> is).
    /// </summary>
    public bool Covers(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            if (!Covered.Contains(t.Assembly) && !IsMicrosoft(t.Assembly.GetName()))
            {
                return false;
            }

            if (t.IsGenericType && !t.GetGenericArguments().All(Covers))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The key for models declared in <paramref name="assembly"/>, or null when their reading cannot be cached: an
    /// assembly built in memory or collectible, or one of its (transitive) references that cannot be resolved where the
    /// models' own load context resolves them. <see cref="ModelCache"/> also stays out of the way of an application that
    /// builds Humanizer's vocabulary itself (it may add rules at any time, which no key can see).
    /// </summary>
    /// <remarks>
    /// The references are followed transitively: a model may inherit from a class of an assembly its own assembly does
    /// not reference (the compiler needs it, the built assembly does not record it), and a deterministic build of the
    /// models' assembly does not change when only that base class does.
    /// </remarks>
    public static ModelCacheKey? For(Assembly assembly, string dialect)
    {
        if (assembly.IsDynamic || assembly.IsCollectible || AssemblyLoadContext.GetLoadContext(assembly) is not { } context)
        {
            return null;
        }

        var covered = new HashSet<Assembly> { assembly };
        var microsoft = new List<string>();
        var pending = new Stack<Assembly>();
        pending.Push(assembly);
        while (pending.Count > 0)
        {
            var next = pending.Pop();

            // DataFlow's own references (drivers, Humanizer) reach models only through DataFlow, whose build is keyed.
            if (next == typeof(ModelCacheKey).Assembly)
            {
                continue;
            }

            foreach (var reference in next.GetReferencedAssemblies())
            {
                if (IsMicrosoft(reference))
                {
                    microsoft.Add(reference.Name + " " + reference.Version);
                }
                else if (TryLoad(context, reference) is not { IsDynamic: false } loaded)
                {
                    return null;
                }
                else if (covered.Add(loaded))
                {
                    pending.Push(loaded);
                }
            }
        }

        // Plain lists and string sorts: value tuples or sorted sets here would cost a fresh process JIT compilations.
        var others = new List<Assembly>(covered);
        others.Remove(assembly);
        others.Sort((a, b) => string.CompareOrdinal(a.GetName().Name, b.GetName().Name));
        microsoft.Sort(StringComparer.Ordinal);
        var text = new StringBuilder()
            .Append("dataflow-model-cache ").Append(FormatVersion).Append('\n')
            .Append("dialect ").Append(dialect).Append('\n')
            .Append("runtime ").Append(Environment.Version.ToString()).Append('\n')
            .Append("culture ").Append(CultureInfo.CurrentCulture.Name).Append('\n');
        Append(text, typeof(ModelCacheKey).Assembly);
        Append(text, typeof(Humanizer.Inflections.Vocabularies).Assembly);
        Append(text, assembly);
        foreach (var other in others)
        {
            Append(text, other);
        }

        string? previous = null;
        foreach (var name in microsoft)
        {
            if (name != previous)
            {
                text.Append(name).Append('\n');
                previous = name;
            }
        }

        return new ModelCacheKey(text.ToString(), covered);
    }

    // FNV-1a, 64 bits: stable across processes (string.GetHashCode is not) and, unlike SHA-256, nothing to initialise.
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    // Hex digits written here rather than by Guid's or Convert's vectorised formatters, which a fresh process would
    // JIT-compile for this one use.
    // The simple name: the full one formats the public key token, which costs a fresh process a JIT compilation, and
    // the module version id identifies the build anyway.
    private static void Append(StringBuilder text, Assembly assembly)
    {
        text.Append(assembly.GetName().Name).Append(' ');
        AppendHex(text, assembly.ManifestModule.ModuleVersionId.ToByteArray());
        text.Append('\n');
    }

    private static void AppendHex(StringBuilder text, byte[] bytes)
    {
        foreach (var b in bytes)
        {
            text.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 0xf]);
        }
    }

    private static bool IsMicrosoft(AssemblyName name)
    {
        if (name.GetPublicKeyToken() is not { Length: 8 } token)
        {
            return false;
        }

        var value = 0UL;
        foreach (var b in token)
        {
            value = (value << 8) | b;
        }

        foreach (var microsoft in MicrosoftKeyTokens)
        {
            if (value == microsoft)
            {
                return true;
            }
        }

        return false;
    }

    // Resolved the way the models' own types resolve it (a plugin's load context finds the copy shipped beside it).
    private static Assembly? TryLoad(AssemblyLoadContext context, AssemblyName name)
    {
        try
        {
            return context.LoadFromAssemblyName(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            // Its build cannot be known, so nothing is cached for these models.
            return null;
        }
    }
}
