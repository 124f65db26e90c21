using DataFlow.CodeFirst.Caching;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataFlow.Tests.CodeFirst.Caching;

/// <summary>The model cache folder keeps the most recently written files and drops what crashed writers left.</summary>
public sealed class ModelCacheFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dataflow-tests", "model-cache-folder-" + Guid.NewGuid().ToString("N"));

    public ModelCacheFolderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_oldest_files_beyond_the_limit_and_old_temporary_files_are_deleted()
    {
        var now = DateTime.UtcNow;
        for (var i = 0; i < ModelCacheFolder.MaxFiles + 6; i++)
        {
            Touch($"{i:D4}{ModelCacheKey.FileExtension}", now.AddMinutes(-i));
        }

        Touch("0001" + ModelCacheKey.FileExtension + ".abc.tmp", now.AddHours(-2));
        Touch("0002" + ModelCacheKey.FileExtension + ".def.tmp", now);
        Touch("unrelated.txt", now.AddDays(-30));

        ModelCacheFolder.Prune(_folder, NullLogger.Instance);

        var left = Directory.GetFiles(_folder).Select(Path.GetFileName).ToHashSet();
        Assert.Equal(ModelCacheFolder.MaxFiles + 2, left.Count);
        Assert.Contains($"{ModelCacheFolder.MaxFiles - 1:D4}{ModelCacheKey.FileExtension}", left);
        Assert.DoesNotContain($"{ModelCacheFolder.MaxFiles:D4}{ModelCacheKey.FileExtension}", left);
        Assert.DoesNotContain("0001" + ModelCacheKey.FileExtension + ".abc.tmp", left);
        Assert.Contains("0002" + ModelCacheKey.FileExtension + ".def.tmp", left);
        Assert.Contains("unrelated.txt", left);
    }

    private void Touch(string name, DateTime writtenUtc)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, name);
        File.SetLastWriteTimeUtc(path, writtenUtc);
    }
}
