namespace DataFlow;

/// <summary>
/// Factories for every error DataFlow throws, so that messages and hints live in one place.
/// URLs passed in must already be masked (see <see cref="Connections.DatabaseUrl.Mask"/>).
/// </summary>
internal static partial class DataFlowErrors
{
    public static DataFlowConfigurationException MalformedUrl(string maskedUrl, string problem) => new(
        ErrorCodes.MalformedUrl,
        $"The database URL '{maskedUrl}' is malformed: {problem}.",
        "Write it as sqlite:///relative/path.db, sqlite:////absolute/path.db, sqlite:///:memory: or postgresql://user:password@host:5432/database.");

    public static DataFlowConfigurationException UnknownScheme(string maskedUrl, string scheme) => new(
        ErrorCodes.UnknownScheme,
        $"The database URL '{maskedUrl}' uses the scheme '{scheme}', which DataFlow does not support.",
        "Use sqlite:/// for SQLite or postgresql:// (or postgres://) for PostgreSQL.");

    public static DataFlowConfigurationException MissingUrl() => new(
        ErrorCodes.MissingUrl,
        "No database URL was given and the DATABASE_URL environment variable is not set.",
        "Pass --url (or DataFlowOptions.DatabaseUrl), or set DATABASE_URL.");

    public static DataFlowConfigurationException UnknownUrlParameter(string maskedUrl, string parameter, IEnumerable<string> supported) => new(
        ErrorCodes.UnknownUrlParameter,
        $"The database URL '{maskedUrl}' has the query parameter '{parameter}', which DataFlow does not understand.",
        $"Supported parameters: {string.Join(", ", supported)}. For anything else pass an ADO.NET connection string.");

    public static DataFlowConfigurationException AmbiguousConnectionString() => new(
        ErrorCodes.AmbiguousConnectionString,
        "The connection string names neither a PostgreSQL server (Host=...) nor a SQLite file (Data Source=...).",
        "Use a URL (postgresql://... or sqlite:///...), or include Host= for PostgreSQL or Data Source= for SQLite.");

    public static DataFlowConfigurationException InvalidOption(string option, string problem, string hint) => new(
        ErrorCodes.InvalidOption, $"The option {option} is invalid: {problem}.", hint);

    public static DataFlowConnectionException ServerUnreachable(string maskedUrl, string detail, Exception inner) => new(
        ErrorCodes.ServerUnreachable,
        $"Could not connect to '{maskedUrl}': {detail}.",
        "Check that the server is running and that host and port are right, and that a firewall does not block it.",
        inner);

    public static DataFlowConnectionException AuthenticationFailed(string maskedUrl, string user, Exception inner) => new(
        ErrorCodes.AuthenticationFailed,
        $"The server at '{maskedUrl}' refused the login for user '{user}'.",
        "Check the user name and password in the URL (special characters in a password must be percent-encoded).",
        inner);

    public static DataFlowConnectionException DatabaseFileNotFound(string path) => new(
        ErrorCodes.DatabaseFileNotFound,
        $"The SQLite database file '{path}' does not exist.",
        "Check the path: sqlite:///relative/path.db is relative to the current directory, sqlite:////absolute/path.db is absolute. Discovery never creates a database.");

    public static DataFlowConnectionException DatabaseNotFound(string maskedUrl, string database, Exception inner) => new(
        ErrorCodes.DatabaseNotFound,
        $"The database '{database}' does not exist on the server at '{maskedUrl}'.",
        "Check the database name at the end of the URL, or create the database first.",
        inner);

    public static DataFlowConnectionException DatabaseUnreadable(string path, string detail, Exception inner) => new(
        ErrorCodes.DatabaseUnreadable,
        $"The file '{path}' could not be opened as a SQLite database: {detail}.",
        "Make sure the file is a SQLite 3 database and is readable by this user.",
        inner);

    public static DataFlowConnectionException Timeout(string maskedUrl, Exception inner) => new(
        ErrorCodes.Timeout,
        $"The database at '{maskedUrl}' did not answer in time.",
        "Check the server load and network, or raise the timeout (URL parameter connect_timeout or command_timeout).",
        inner);

    public static SchemaDiscoveryException InsufficientPrivilege(string maskedUrl, string detail, Exception inner) => new(
        ErrorCodes.InsufficientPrivilege,
        $"The current user may not read the schema of '{maskedUrl}': {detail}.",
        "Grant the user CONNECT on the database and USAGE on its schemas, or connect as a user who has them.",
        inner);

    public static SchemaDiscoveryException DiscoveryFailed(string maskedUrl, string detail, Exception inner) => new(
        ErrorCodes.DiscoveryFailed,
        $"Reading the schema of '{maskedUrl}' failed: {detail}.",
        "Run again with --verbose for the database's own error; report it if the catalogs look healthy.",
        inner);

    public static DataFlowException InvalidSnapshot(string source, string problem, Exception? inner = null) => new(
        ErrorCodes.InvalidSnapshot,
        $"'{source}' is not a valid DataFlow schema snapshot: {problem}.",
        "Create snapshots with `dataflow discover --out FILE`; do not edit them by hand.",
        inner);

    public static DataFlowException UnsupportedSnapshotVersion(string source, int version, int supported) => new(
        ErrorCodes.UnsupportedSnapshotVersion,
        $"'{source}' is a snapshot of format version {version}; this DataFlow reads versions up to {supported}.",
        "Upgrade DataFlow, or re-create the snapshot with this version.");
}
