using DataFlow.Connections;
using DataFlow.Discovery;
using DataFlow.Schema;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>Reads a SQLite database's schema: the catalog statements, then the model built from their rows.</summary>
internal static class SqliteSchemaReader
{
    /// <summary>Reads the schema of the database open on <paramref name="connection"/>. Only reads; changes nothing.</summary>
    public static async Task<DatabaseSchema> ReadAsync(SqliteConnection connection, ConnectionTarget target, SchemaDiscoveryOptions options, CancellationToken cancellationToken = default)
    {
        SqliteCatalog catalog;
        try
        {
            catalog = await SqliteCatalogReader.ReadAsync(connection, options.Progress, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrorTranslator.OnRead(target, ex);
        }

        // Closing frees the schema SQLite parsed (milliseconds for thousands of tables): let it run while the
        // model is built, and be done before returning, so that no file stays open after discovery.
        var closing = Task.Run(connection.Close, CancellationToken.None);
        try
        {
            var schema = new SqliteSchemaBuilder(catalog).Build();
            SqliteCatalogReader.Report(options.Progress, SqliteCatalogReader.Stages.Length);
            return schema;
        }
        finally
        {
            await closing;
        }
    }
}
