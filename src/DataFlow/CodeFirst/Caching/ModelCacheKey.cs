using System.Globalization;
using System.Reflection;
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

    /// <summary>The assemblies whose builds the key names: models declared in them may be cached under it.</summary>
    public IReadOnlySet<Assembly> Covered { get; }

    /// <summary>
    /// The key for models declared in <paramref name="assembly"/>, or null when their reading cannot be cached (an
    /// assembly built in memory, or collectible). <see cref="ModelCache"/> also stays out of the way of an application that
    /// builds Humanizer's vocabulary itself (it may add rules at any time, which no key can see).
    /// </summary>
    public static ModelCacheKey? For(Assembly assembly, string dialect)
    {
        if (assembly.IsDynamic || assembly.IsCollectible)
        {
            return null;
        }

        var text = new StringBuilder()
            .Append("dataflow-model-cache ").Append(FormatVersion).Append('\n')
            .Append("dialect ").Append(dialect).Append('\n')
            .Append("runtime ").Append(Environment.Version.ToString()).Append('\n')
            .Append("culture ").Append(CultureInfo.CurrentCulture.Name).Append('\n');
        Append(text, typeof(ModelCacheKey).Assembly);
        Append(text, typeof(Humanizer.Inflections.Vocabularies).Assembly);
        Append(text, assembly);
        var covered = new HashSet<Assembly> { assembly };
        var references = assembly.GetReferencedAssemblies();
        Array.Sort(references, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var reference in references)
        {
            if (IsMicrosoft(reference))
            {
                text.Append(reference.Name).Append(' ').Append(reference.Version?.ToString()).Append('\n');
                continue;
            }

            if (TryLoad(reference) is { } loaded)
            {
                Append(text, loaded);
                covered.Add(loaded);
            }
            else
            {
                text.Append(reference.Name).Append(" missing\n");
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

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            // A reference the application does not ship: no model can use its types (reading one would fail), so its
            // absence is all the key needs to say.
            return null;
        }
    }
}
