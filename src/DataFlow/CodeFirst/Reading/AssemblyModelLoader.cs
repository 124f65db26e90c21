using System.Reflection;
using System.Runtime.Loader;

namespace DataFlow.CodeFirst.Reading;

/// <summary>
/// Loads a models assembly into a collectible <see cref="AssemblyLoadContext"/> whose dependencies resolve from the
/// assembly's folder (its <c>.deps.json</c>) and, for assemblies the host has (DataFlow, the framework), from the host:
/// attributes are matched by name, so either copy reads the same.
/// </summary>
internal static class AssemblyModelLoader
{
    /// <summary>Loads <paramref name="path"/>, hands its model classes to <paramref name="read"/>, unloads.</summary>
    public static T Read<T>(string path, Func<IReadOnlyList<Type>, T> read)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw DataFlowErrors.ModelsNotFound(path);
        }

        var context = new ModelLoadContext(fullPath);
        try
        {
            List<Type> types;
            try
            {
                types = context.LoadFromAssemblyPath(fullPath).GetTypes().Where(ModelSchemaReader.IsModelType).ToList();
            }
            catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or ReflectionTypeLoadException or FileNotFoundException)
            {
                throw DataFlowErrors.ModelAssemblyNotLoaded(path, ex);
            }

            if (!types.Any(t => t.IsClass))
            {
                throw DataFlowErrors.NoModelsFound(path);
            }

            return read(types);
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class ModelLoadContext(string path) : AssemblyLoadContext("DataFlow models: " + Path.GetFileName(path), isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // Share what the host already has (DataFlow's attributes, the framework); load the rest from the models' folder.
            if (Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(assemblyName, a.GetName())) is { } shared)
            {
                return shared;
            }

            return _resolver.ResolveAssemblyToPath(assemblyName) is { } file ? LoadFromAssemblyPath(file) : null;
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } file ? LoadUnmanagedDllFromPath(file) : IntPtr.Zero;
    }
}
