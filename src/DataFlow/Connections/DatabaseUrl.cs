using System.Data.Common;

namespace DataFlow.Connections;

/// <summary>
/// Parses the database URLs the seeds use (<c>sqlite:///path.db</c>, <c>postgresql://user:pass@host/db</c>)
/// and plain ADO.NET connection strings, and masks passwords for display.
/// </summary>
public static partial class DatabaseUrl
{
    /// <summary>The environment variable read when no URL is given.</summary>
    public const string EnvironmentVariable = "DATABASE_URL";

    /// <summary>
    /// Parses <paramref name="urlOrConnectionString"/>, or the <c>DATABASE_URL</c> environment variable when it is null or empty.
    /// </summary>
    /// <exception cref="DataFlowConfigurationException">The value is missing, malformed or of an unknown scheme.</exception>
    public static ConnectionTarget Resolve(string? urlOrConnectionString)
    {
        var value = string.IsNullOrWhiteSpace(urlOrConnectionString)
            ? Environment.GetEnvironmentVariable(EnvironmentVariable)
            : urlOrConnectionString;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw DataFlowErrors.MissingUrl();
        }

        return Parse(value);
    }

    /// <summary>Parses a URL or an ADO.NET connection string.</summary>
    /// <exception cref="DataFlowConfigurationException">The value is malformed or of an unknown scheme.</exception>
    public static ConnectionTarget Parse(string urlOrConnectionString)
    {
        ArgumentNullException.ThrowIfNull(urlOrConnectionString);
        var value = urlOrConnectionString.Trim();
        var schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return value.Contains('=', StringComparison.Ordinal)
                ? ParseConnectionString(value)
                : throw DataFlowErrors.MalformedUrl(Mask(value), "it has no scheme (expected sqlite:/// or postgresql://)");
        }

        // SQLAlchemy-style driver suffixes (postgresql+psycopg2://) name a Python driver; the engine is what counts.
        var scheme = value[..schemeEnd].ToLowerInvariant();
        var plus = scheme.IndexOf('+', StringComparison.Ordinal);
        var engine = plus >= 0 ? scheme[..plus] : scheme;
        var rest = value[(schemeEnd + 3)..];
        return engine switch
        {
            "sqlite" => ParseSqlite(value, rest),
            "postgresql" or "postgres" => ParsePostgres(value, rest),
            "" => throw DataFlowErrors.MalformedUrl(Mask(value), "the scheme before :// is empty"),
            _ => throw DataFlowErrors.UnknownScheme(Mask(value), scheme),
        };
    }

    private static ConnectionTarget ParseConnectionString(string value)
    {
        DbConnectionStringBuilder builder;
        try
        {
            builder = new DbConnectionStringBuilder { ConnectionString = value };
        }
        catch (ArgumentException ex)
        {
            throw DataFlowErrors.MalformedUrl(Mask(value), "it is neither a URL nor a valid key=value connection string (" + ex.Message + ")");
        }

        bool Has(params string[] keys) => keys.Any(builder.ContainsKey);
        string? Get(params string[] keys) => keys.Where(builder.ContainsKey).Select(k => Convert.ToString(builder[k], System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();

        if (Has("host", "server"))
        {
            return new ConnectionTarget(DatabaseKind.PostgreSql, Mask(value))
            {
                Host = Get("host", "server"),
                Port = int.TryParse(Get("port"), out var port) ? port : null,
                Database = Get("database", "db"),
                User = Get("username", "user id", "userid", "user"),
                Password = Get("password", "pwd"),
                RawConnectionString = value,
            };
        }

        if (Has("data source", "datasource", "filename"))
        {
            var source = Get("data source", "datasource", "filename")!;
            var memory = source == ":memory:" || string.Equals(Get("mode"), "memory", StringComparison.OrdinalIgnoreCase);
            return new ConnectionTarget(DatabaseKind.Sqlite, Mask(value))
            {
                FilePath = memory ? null : Path.GetFullPath(source),
                IsInMemory = memory,
                IsReadOnly = string.Equals(Get("mode"), "readonly", StringComparison.OrdinalIgnoreCase),
                RawConnectionString = value,
            };
        }

        throw DataFlowErrors.AmbiguousConnectionString();
    }
}
