using System.Data.Common;
using DataFlow.Connections;
using Npgsql;

namespace DataFlow.Dialects.Postgres;

/// <summary>Builds the Npgsql connection string of a <see cref="ConnectionTarget"/> and opens connections.</summary>
internal static class PostgresConnectionFactory
{
    // Npgsql refuses a connect timeout above 1024 s; 0 means "wait forever" for both timeouts.
    private const int MaxConnectTimeoutSeconds = 1024;

    /// <summary>
    /// The connection string: the settings' timeouts and application name first, then what the user gave
    /// (URL parts and query parameters, or the connection string as given), which wins where both speak.
    /// </summary>
    /// <exception cref="DataFlowConfigurationException">A keyword of a given connection string is not an Npgsql keyword.</exception>
    public static string BuildConnectionString(ConnectionTarget target, ConnectionSettings settings)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Timeout = Math.Clamp(Seconds(settings.ConnectTimeout), 0, MaxConnectTimeoutSeconds),
            CommandTimeout = Seconds(settings.CommandTimeout),
            ApplicationName = settings.ApplicationName,
        };
        try
        {
            if (target.RawConnectionString is { } raw)
            {
                var given = new DbConnectionStringBuilder { ConnectionString = raw };
                foreach (string key in given.Keys)
                {
                    builder[key] = given[key];
                }
            }
            else
            {
                builder.Host = target.Host;
                builder.Port = target.Port ?? NpgsqlConnection.DefaultPort;
                builder.Database = target.Database;
                builder.Username = target.User;
                builder.Password = target.Password;
                foreach (var (keyword, value) in target.Settings)
                {
                    builder[keyword] = value;
                }
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            throw DataFlowErrors.MalformedUrl(target.DisplayUrl, PostgresErrorTranslator.Scrub(ex.Message, target));
        }

        return builder.ConnectionString;
    }

    /// <summary>Opens a connection, translating driver failures into <see cref="DataFlowException"/>s that name the masked URL.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(ConnectionTarget target, ConnectionSettings settings, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(BuildConnectionString(target, settings));
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception ex) when (PostgresErrorTranslator.IsDriverError(ex))
        {
            await connection.DisposeAsync();
            throw PostgresErrorTranslator.TranslateConnect(ex, target);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static int Seconds(TimeSpan value) => value <= TimeSpan.Zero ? 0 : (int)Math.Min(int.MaxValue, Math.Ceiling(value.TotalSeconds));
}
