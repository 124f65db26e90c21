using System.Diagnostics;
using Npgsql;

namespace DataFlow.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use: $DATAFLOW_TEST_PG_URL when set, otherwise the project's throwaway
/// server, started on first use by scripts/pg-test-server.sh (which reuses a running one).
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> AdminUrlLazy = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A superuser URL to the server's <c>postgres</c> database.</summary>
    public static string AdminUrl => AdminUrlLazy.Value;

    /// <summary>The same URL pointed at another database.</summary>
    public static string UrlFor(string database)
    {
        var builder = new UriBuilder(AdminUrl) { Path = "/" + database };
        return builder.Uri.GetComponents(UriComponents.SerializationInfoString, UriFormat.UriEscaped);
    }

    /// <summary>An Npgsql connection string for <paramref name="database"/>.</summary>
    public static string ConnectionStringFor(string database)
    {
        var uri = new Uri(AdminUrl);
        var userInfo = uri.UserInfo.Split(':', 2);
        return new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Username = Uri.UnescapeDataString(userInfo[0]),
            Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
            Database = database,
            Pooling = false,
        }.ConnectionString;
    }

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable("DATAFLOW_TEST_PG_URL");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim();
        }

        var script = Path.Combine(RepositoryPaths.Root, "scripts", "pg-test-server.sh");
        var start = new ProcessStartInfo("bash", [script, "start"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run " + script);
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} start failed ({process.ExitCode}): {stderr}");
        }

        return stdout.Trim().Split('\n').Last().Trim();
    }
}
