using System.Globalization;

namespace DataFlow.Connections;

public static partial class DatabaseUrl
{
    // URL query parameter (libpq spelling) -> Npgsql connection string keyword.
    private static readonly Dictionary<string, string> PostgresParameters = new(StringComparer.Ordinal)
    {
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["connect_timeout"] = "Timeout",
        ["command_timeout"] = "Command Timeout",
        ["application_name"] = "Application Name",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
        ["search_path"] = "Search Path",
        ["pooling"] = "Pooling",
        ["host"] = "Host",
        ["port"] = "Port",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
    };

    private static ConnectionTarget ParsePostgres(string url, string rest)
    {
        var masked = Mask(url);
        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        var beforeQuery = queryStart >= 0 ? rest[..queryStart] : rest;
        var query = ParseQuery(masked, queryStart >= 0 ? rest[(queryStart + 1)..] : string.Empty);

        // The last '@' ends the user info, so an unencoded '@' in a password still parses.
        var at = beforeQuery.LastIndexOf('@');
        var userInfo = at >= 0 ? beforeQuery[..at] : null;
        var hostAndPath = at >= 0 ? beforeQuery[(at + 1)..] : beforeQuery;
        var slash = hostAndPath.IndexOf('/', StringComparison.Ordinal);
        var hostPort = slash >= 0 ? hostAndPath[..slash] : hostAndPath;
        var database = slash >= 0 ? Uri.UnescapeDataString(hostAndPath[(slash + 1)..]) : null;

        string? user = null;
        string? password = null;
        if (userInfo is not null)
        {
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            user = Uri.UnescapeDataString(colon >= 0 ? userInfo[..colon] : userInfo);
            password = colon >= 0 ? Uri.UnescapeDataString(userInfo[(colon + 1)..]) : null;
        }

        var (host, port) = SplitHostPort(masked, hostPort);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in query)
        {
            if (!PostgresParameters.TryGetValue(key, out var keyword))
            {
                throw DataFlowErrors.UnknownUrlParameter(masked, key, PostgresParameters.Keys.Order(StringComparer.Ordinal));
            }

            switch (key)
            {
                case "host": host = value; break;
                case "port": port = ParsePort(masked, value); break;
                case "user": user = value; break;
                case "password": password = value; break;
                case "dbname": database = value; break;
                case "sslmode": settings[keyword] = MapSslMode(masked, value); break;
                default: settings[keyword] = value; break;
            }
        }

        if (string.IsNullOrEmpty(host))
        {
            throw DataFlowErrors.MalformedUrl(masked, "the host is missing (postgresql://user:password@host:5432/database)");
        }

        return new ConnectionTarget(DatabaseKind.PostgreSql, masked)
        {
            Host = host,
            Port = port,
            Database = string.IsNullOrEmpty(database) ? null : database,
            User = string.IsNullOrEmpty(user) ? null : user,
            Password = password,
            Settings = settings,
        };
    }

    private static (string? Host, int? Port) SplitHostPort(string masked, string hostPort)
    {
        if (hostPort.Length == 0)
        {
            return (null, null);
        }

        // Several hosts (failover) keep their own ports in Npgsql's Host keyword: "a:5432,b:5433".
        if (hostPort.Contains(',', StringComparison.Ordinal))
        {
            return (Uri.UnescapeDataString(hostPort), null);
        }

        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw DataFlowErrors.MalformedUrl(masked, "an IPv6 host is missing its closing ']'");
            }

            var host6 = hostPort[1..close];
            var after = hostPort[(close + 1)..];
            return (host6, after.StartsWith(':') ? ParsePort(masked, after[1..]) : null);
        }

        var colon = hostPort.LastIndexOf(':');
        return colon >= 0
            ? (Uri.UnescapeDataString(hostPort[..colon]), ParsePort(masked, hostPort[(colon + 1)..]))
            : (Uri.UnescapeDataString(hostPort), null);
    }

    private static int ParsePort(string masked, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw DataFlowErrors.MalformedUrl(masked, $"the port '{text}' is not a number between 1 and 65535");

    private static string MapSslMode(string masked, string value) => value switch
    {
        "disable" => "Disable",
        "allow" => "Allow",
        "prefer" => "Prefer",
        "require" => "Require",
        "verify-ca" => "VerifyCA",
        "verify-full" => "VerifyFull",
        _ => throw DataFlowErrors.MalformedUrl(masked, $"sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full, not '{value}'"),
    };

    private static List<KeyValuePair<string, string>> ParseQuery(string masked, string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw DataFlowErrors.MalformedUrl(masked, $"the query part '{part}' is not key=value");
            }

            pairs.Add(new(Uri.UnescapeDataString(part[..eq]), Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' '))));
        }

        return pairs;
    }
}
