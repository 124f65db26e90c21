namespace DataFlow.Connections;

public static partial class DatabaseUrl
{
    private static readonly string[] SqliteParameters = ["mode"];

    // sqlite:///relative.db -> "relative.db"; sqlite:////abs.db -> "/abs.db"; sqlite:///:memory:
    private static ConnectionTarget ParseSqlite(string url, string rest)
    {
        var masked = Mask(url);
        if (!rest.StartsWith('/'))
        {
            throw DataFlowErrors.MalformedUrl(masked, "a SQLite URL needs three slashes before the path (sqlite:///file.db)");
        }

        var pathAndQuery = rest[1..];
        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(queryStart >= 0 ? pathAndQuery[..queryStart] : pathAndQuery);
        var query = ParseQuery(masked, queryStart >= 0 ? pathAndQuery[(queryStart + 1)..] : string.Empty);
        var readOnly = false;
        var memoryMode = false;
        foreach (var (key, value) in query)
        {
            if (key != "mode")
            {
                throw DataFlowErrors.UnknownUrlParameter(masked, key, SqliteParameters);
            }

            switch (value)
            {
                case "ro": readOnly = true; break;
                case "rw" or "rwc": break;
                case "memory": memoryMode = true; break;
                default: throw DataFlowErrors.MalformedUrl(masked, $"mode must be ro, rw, rwc or memory, not '{value}'");
            }
        }

        if (path.Length == 0)
        {
            throw DataFlowErrors.MalformedUrl(masked, "the SQLite file path is empty (use sqlite:///:memory: for an in-memory database)");
        }

        var memory = memoryMode || path == ":memory:";
        return new ConnectionTarget(DatabaseKind.Sqlite, masked)
        {
            FilePath = memory ? null : Path.GetFullPath(path),
            IsInMemory = memory,
            IsReadOnly = readOnly,
        };
    }
}
