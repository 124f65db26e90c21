using DataFlow.Connections;

namespace DataFlow.Cli.Infrastructure;

/// <summary>The database a command works on: the raw URL (for connecting) and its parsed, maskable target.</summary>
/// <param name="Url">The URL or connection string as given; never print it.</param>
/// <param name="Target">The parsed target; <see cref="ConnectionTarget.DisplayUrl"/> is safe to print.</param>
internal sealed record ResolvedDatabase(string Url, ConnectionTarget Target)
{
    /// <summary>
    /// Resolves <c>--url</c>, falling back to <c>DATABASE_URL</c>, and fails before connecting when a SQLite
    /// file does not exist, so that no command ever creates a database file by accident.
    /// </summary>
    /// <exception cref="DataFlowException">The URL is missing (DF-URL-003) or malformed (DF-URL-00x), or the file is missing (DF-CONN-003).</exception>
    public static ResolvedDatabase Resolve(string? url, CliHost host)
    {
        var value = string.IsNullOrWhiteSpace(url) ? host.GetEnvironmentVariable(DatabaseUrl.EnvironmentVariable) : url;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw DataFlowErrors.MissingUrl();
        }

        var target = DatabaseUrl.Parse(value);
        if (target is { Kind: DatabaseKind.Sqlite, IsInMemory: false, FilePath: { } path } && !File.Exists(path))
        {
            throw DataFlowErrors.DatabaseFileNotFound(path);
        }

        return new ResolvedDatabase(value, target);
    }
}
