namespace DataFlow.Tests.Infrastructure;

/// <summary>Locates the repository root and the shared fixtures folder beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DataFlow.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("DataFlow.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding DataFlow.sln).</summary>
    public static string Root => RootLazy.Value;

    /// <summary>The real-world schema fixtures: $DATAFLOW_FIXTURES, or ../shared/fixtures beside the repository.</summary>
    public static string Fixtures =>
        Environment.GetEnvironmentVariable("DATAFLOW_FIXTURES") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures"));
}
