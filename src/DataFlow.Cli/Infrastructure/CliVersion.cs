using System.Reflection;

namespace DataFlow.Cli.Infrastructure;

/// <summary>The version of the CLI, as <c>--version</c> prints it.</summary>
internal static class CliVersion
{
    /// <summary>The informational version of this assembly (the package version).</summary>
    public static string Current { get; } =
        typeof(CliVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
