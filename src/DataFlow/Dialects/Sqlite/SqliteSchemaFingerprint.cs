using System.Globalization;
using DataFlow.Connections;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// The cheap "has the schema changed?" query of <c>dataflow watch</c>: <c>PRAGMA schema_version</c>, the counter
/// in the database header that SQLite itself increments on every schema change (by any connection or process)
/// to invalidate prepared statements. It reads one header field and never loads the schema. See ADR 0015.
/// </summary>
internal static class SqliteSchemaFingerprint
{
    private const string Sql = "PRAGMA main.schema_version";

    /// <summary>Reads the schema version of the database open on <paramref name="connection"/>.</summary>
    public static async Task<string> ReadAsync(SqliteConnection connection, ConnectionTarget target, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            var version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            return "schema_version:" + version.ToString(CultureInfo.InvariantCulture);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrorTranslator.OnRead(target, ex);
        }
    }
}
