namespace DataFlow;

/// <summary>
/// Every stable DataFlow error and warning code. Codes never change meaning; new ones are appended.
/// The catalogue with fixes is <c>docs/errors.md</c>.
/// </summary>
public static partial class ErrorCodes
{
    /// <summary>A database URL could not be parsed.</summary>
    public const string MalformedUrl = "DF-URL-001";

    /// <summary>A database URL has a scheme DataFlow does not support.</summary>
    public const string UnknownScheme = "DF-URL-002";

    /// <summary>No URL was given and <c>DATABASE_URL</c> is not set.</summary>
    public const string MissingUrl = "DF-URL-003";

    /// <summary>A URL query parameter is not supported.</summary>
    public const string UnknownUrlParameter = "DF-URL-004";

    /// <summary>A plain connection string could not be attributed to a dialect.</summary>
    public const string AmbiguousConnectionString = "DF-URL-005";

    /// <summary>The server could not be reached.</summary>
    public const string ServerUnreachable = "DF-CONN-001";

    /// <summary>The server refused the credentials.</summary>
    public const string AuthenticationFailed = "DF-CONN-002";

    /// <summary>The SQLite file does not exist (discovery never creates it).</summary>
    public const string DatabaseFileNotFound = "DF-CONN-003";

    /// <summary>The PostgreSQL database does not exist.</summary>
    public const string DatabaseNotFound = "DF-CONN-004";

    /// <summary>The file exists but is not a database the engine can open.</summary>
    public const string DatabaseUnreadable = "DF-CONN-005";

    /// <summary>Connecting or a command took longer than the timeout.</summary>
    public const string Timeout = "DF-CONN-006";

    /// <summary>The user lacks the privileges to connect or to read the catalogs.</summary>
    public const string InsufficientPrivilege = "DF-PERM-001";

    /// <summary>Reading the catalogs failed for another reason.</summary>
    public const string DiscoveryFailed = "DF-DISC-001";

    /// <summary>Warning: a schema or table filter matched nothing.</summary>
    public const string FilterMatchedNothing = "DF-DISC-100";

    /// <summary>Warning: an object the schema model cannot represent was found and left out.</summary>
    public const string UnsupportedObject = "DF-DISC-101";

    /// <summary>Warning: a column type could not be mapped to a logical type; the raw type is kept.</summary>
    public const string UnknownColumnType = "DF-DISC-102";

    /// <summary>Warning: an object the current user may not see completely.</summary>
    public const string PartiallyVisible = "DF-DISC-103";

    /// <summary>A snapshot file is not valid JSON or not a DataFlow snapshot.</summary>
    public const string InvalidSnapshot = "DF-SNAP-001";

    /// <summary>A snapshot was written by a newer, unknown format version.</summary>
    public const string UnsupportedSnapshotVersion = "DF-SNAP-002";

    /// <summary>An option value is invalid (a bad glob, a negative timeout, ...).</summary>
    public const string InvalidOption = "DF-OPT-001";
}
