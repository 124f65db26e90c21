using Microsoft.Extensions.Logging;

namespace DataFlow.CodeFirst.Caching;

/// <summary>
/// Keeps the model cache folder small: every new build of the models writes a new file, so beyond
/// <see cref="MaxFiles"/> the least recently written go, and so do temporary files a crashed writer left behind.
/// </summary>
internal static class ModelCacheFolder
{
    /// <summary>How many cache files are kept.</summary>
    public const int MaxFiles = 64;

    /// <summary>Deletes the oldest cache files beyond <see cref="MaxFiles"/> and temporary files older than an hour.</summary>
    public static void Prune(string directory, ILogger logger)
    {
        try
        {
            var folder = new DirectoryInfo(directory);
            var stale = folder.EnumerateFiles("*" + ModelCacheKey.FileExtension)
                .OrderByDescending(f => f.LastWriteTimeUtc)
                .Skip(MaxFiles)
                .Concat(folder.EnumerateFiles("*" + ModelCacheKey.FileExtension + ".*.tmp").Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)));
            foreach (var file in stale)
            {
                file.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process pruning at the same time, or a file in use: the next write prunes again.
            Log.ModelCacheNotPruned(logger, directory, e.Message);
        }
    }
}
