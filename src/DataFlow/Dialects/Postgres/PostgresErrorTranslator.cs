using System.Net.Sockets;
using DataFlow.Connections;
using Npgsql;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// Turns Npgsql failures into DataFlow errors with stable codes. Messages name the masked URL only, and any
/// server or driver text passed on is scrubbed of the password. The driver's exception stays the inner exception.
/// </summary>
internal static class PostgresErrorTranslator
{
    /// <summary>True for failures of the driver or the server (cancellation, an <see cref="OperationCanceledException"/>, is not one).</summary>
    public static bool IsDriverError(Exception ex) => ex is NpgsqlException or TimeoutException or SocketException;

    /// <summary>Translates a failure to open a connection.</summary>
    public static DataFlowException TranslateConnect(Exception ex, ConnectionTarget target)
    {
        var url = target.DisplayUrl;
        if (ex is PostgresException server)
        {
            return server.SqlState switch
            {
                PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
                    DataFlowErrors.AuthenticationFailed(url, target.User ?? "(default user)", ex),
                PostgresErrorCodes.InvalidCatalogName => DataFlowErrors.DatabaseNotFound(url, target.Database ?? target.User ?? "(default database)", ex),
                PostgresErrorCodes.InsufficientPrivilege => DataFlowErrors.InsufficientPrivilege(url, Scrub(server.MessageText, target), ex),
                PostgresErrorCodes.QueryCanceled => DataFlowErrors.Timeout(url, ex),
                _ => DataFlowErrors.ServerUnreachable(url, Scrub(server.MessageText, target), ex),
            };
        }

        if (IsTimeout(ex))
        {
            return DataFlowErrors.Timeout(url, ex);
        }

        if (Find<SocketException>(ex) is { } socket)
        {
            return DataFlowErrors.ServerUnreachable(url, Scrub(socket.Message, target), ex);
        }

        // Npgsql refuses before asking the server when a password is needed but none was given.
        if (ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            return DataFlowErrors.AuthenticationFailed(url, target.User ?? "(default user)", ex);
        }

        return DataFlowErrors.ServerUnreachable(url, Scrub(ex.Message, target), ex);
    }

    /// <summary>Translates a failure while reading the catalogs.</summary>
    public static DataFlowException TranslateRead(Exception ex, ConnectionTarget target)
    {
        var url = target.DisplayUrl;
        if (ex is PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } denied)
        {
            return DataFlowErrors.InsufficientPrivilege(url, Scrub(denied.MessageText, target), ex);
        }

        if (ex is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled } || IsTimeout(ex))
        {
            return DataFlowErrors.Timeout(url, ex);
        }

        var detail = ex is PostgresException server ? $"{server.SqlState}: {server.MessageText}" : ex.Message;
        return DataFlowErrors.DiscoveryFailed(url, Scrub(detail, target), ex);
    }

    /// <summary>Replaces the target's password in <paramref name="text"/>, should a driver or server ever echo it.</summary>
    public static string Scrub(string text, ConnectionTarget target) =>
        string.IsNullOrEmpty(target.Password) ? text : text.Replace(target.Password, DatabaseUrl.PasswordMask, StringComparison.Ordinal);

    private static bool IsTimeout(Exception ex) => Find<TimeoutException>(ex) is not null;

    private static T? Find<T>(Exception? ex)
        where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is T found)
            {
                return found;
            }
        }

        return null;
    }
}
