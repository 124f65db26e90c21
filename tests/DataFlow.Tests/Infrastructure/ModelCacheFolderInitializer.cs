using System.Runtime.CompilerServices;
using DataFlow.CodeFirst.Caching;

namespace DataFlow.Tests.Infrastructure;

/// <summary>
/// Points the model cache of every <see cref="DataFlowDb"/> the tests create at a folder of the test run (unless
/// scripts/test.sh already did), so that a plain <c>dotnet test</c> neither reads nor prunes the user's own cache.
/// </summary>
internal static class ModelCacheFolderInitializer
{
#pragma warning disable CA2255 // A module initializer in a test assembly: the folder must be set before any test.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ModelCache.DirectoryVariable)))
        {
            // A new owner-only folder of this run, removed when the test process ends.
            var folder = Directory.CreateTempSubdirectory("dataflow-model-cache-").FullName;
            Environment.SetEnvironmentVariable(ModelCache.DirectoryVariable, folder);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        }
    }
}
