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

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder (owner only, on Unix: the files hold SQL the auto-migration renders into DDL).</summary>
    public static void Create(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerOnly);
        }
    }

    /// <summary>Creates a file only its owner can read and write (on Unix).</summary>
    public static FileStream CreatePrivateFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    /// <summary>
    /// Why files in <paramref name="directory"/> must not be trusted, or null (also for a folder that does not exist yet).
    /// On Unix the folder must belong to this user (tested by tightening its mode, which only its owner may do) and
    /// nobody else may write to it: a planted file's SQL would be run by the auto-migration. Windows is not checked.
    /// </summary>
    public static string? Untrusted(string directory)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(directory))
        {
            return null;
        }

        try
        {
            var mode = File.GetUnixFileMode(directory);
            File.SetUnixFileMode(directory, mode & ~(UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return "it belongs to another user or its permissions cannot be set (" + e.Message + "); use a folder of the application's own user";
        }
    }

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
        catch (Exception e) when (ModelCacheBundle.IsDamage(e))
        {
            // Another process pruning at the same time, or a file in use: the next write prunes again.
            Log.ModelCacheNotPruned(logger, directory, e.Message);
        }
    }
}
