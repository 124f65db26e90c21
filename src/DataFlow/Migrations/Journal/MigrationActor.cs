using System.Reflection;

namespace DataFlow.Migrations.Journal;

/// <summary>Who writes journal rows: the OS user and host, and the DataFlow version (never a database credential).</summary>
/// <param name="AppliedBy"><c>user@host</c>.</param>
/// <param name="ToolVersion">The DataFlow library version.</param>
internal sealed record MigrationActor(string AppliedBy, string ToolVersion)
{
    /// <summary>The current process's user and host.</summary>
    public static MigrationActor Current { get; } = new(Environment.UserName + "@" + Environment.MachineName, LibraryVersion());

    private static string LibraryVersion()
    {
        var assembly = typeof(MigrationActor).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
