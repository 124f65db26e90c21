namespace DataFlow.Connections;

/// <summary>
/// A parsed database URL or connection string: which engine, where, and as whom.
/// <see cref="ToString"/> and <see cref="DisplayUrl"/> never contain the password.
/// </summary>
public sealed class ConnectionTarget
{
    internal ConnectionTarget(DatabaseKind kind, string displayUrl)
    {
        Kind = kind;
        DisplayUrl = displayUrl;
    }

    /// <summary>The engine.</summary>
    public DatabaseKind Kind { get; }

    /// <summary>The URL or connection string as given, with any password replaced by <c>***</c>.</summary>
    public string DisplayUrl { get; }

    /// <summary>SQLite: the absolute file path; null for an in-memory database or PostgreSQL.</summary>
    public string? FilePath { get; init; }

    /// <summary>SQLite: true for <c>sqlite:///:memory:</c>.</summary>
    public bool IsInMemory { get; init; }

    /// <summary>SQLite: open read-only (<c>?mode=ro</c>).</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>PostgreSQL: host name(s), comma separated; or a Unix socket directory.</summary>
    public string? Host { get; init; }

    /// <summary>PostgreSQL: port, or null for the default 5432.</summary>
    public int? Port { get; init; }

    /// <summary>PostgreSQL: database name.</summary>
    public string? Database { get; init; }

    /// <summary>PostgreSQL: user name.</summary>
    public string? User { get; init; }

    /// <summary>The password; internal so that it cannot leak through the public API.</summary>
    internal string? Password { get; init; }

    /// <summary>Extra driver settings from the URL query (already mapped to driver keywords).</summary>
    internal IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>When the user gave an ADO.NET connection string, that string as given.</summary>
    internal string? RawConnectionString { get; init; }

    /// <summary>The masked URL.</summary>
    public override string ToString() => DisplayUrl;
}
