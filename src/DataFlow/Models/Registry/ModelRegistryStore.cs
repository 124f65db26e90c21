using System.Globalization;
using DataFlow.Data;
using DataFlow.Migrations;
using Microsoft.Extensions.Logging;

namespace DataFlow.Models.Registry;

/// <summary>
/// Reads and writes <c>dataflow_model_registry</c>: per model its name, table (schema and name), definition
/// (<see cref="ModelDefinition"/>), checksum, version, application id, status and ISO 8601 UTC timestamps.
/// The table is created through the <see cref="SchemaChangeExecutor"/> only, so existing-schema mode never creates it.
/// An unchanged model (same checksum) is not rewritten and keeps its version.
/// </summary>
internal sealed class ModelRegistryStore(DataConnections data, SchemaChangeExecutor executor, string applicationId, ILogger logger)
{
    /// <summary>The registry table's name.</summary>
    public const string TableName = "dataflow_model_registry";

    private const string CreateSql =
        "CREATE TABLE " + TableName + " (model_name VARCHAR(255) NOT NULL PRIMARY KEY, table_schema VARCHAR(255), " +
        "table_name VARCHAR(255) NOT NULL, definition TEXT NOT NULL, checksum VARCHAR(80) NOT NULL, version INTEGER NOT NULL, " +
        "application_id VARCHAR(255) NOT NULL, status VARCHAR(20) NOT NULL, created_at VARCHAR(40) NOT NULL, updated_at VARCHAR(40) NOT NULL)";

    private const string SelectSql =
        "SELECT model_name, table_schema, table_name, definition, checksum, version, application_id, status FROM " + TableName;

    /// <summary>Writes <paramref name="models"/>, creating the table first when <paramref name="tableExists"/> is false.</summary>
    public async Task SaveAsync(IReadOnlyList<RegisteredModel> models, bool tableExists, string dialect, CancellationToken cancellationToken = default)
    {
        await using var session = await data.OpenAsync(cancellationToken);
        if (!tableExists)
        {
            await executor.ExecuteAsync(session, CreateSql, "creating the model registry table " + TableName, cancellationToken);
        }

        var existing = (await ReadAsync(session, cancellationToken)).ToDictionary(e => e.ModelName, StringComparer.Ordinal);
        await session.AtomicallyAsync(async () =>
        {
            var now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            foreach (var model in models)
            {
                var (json, checksum) = ModelDefinition.Write(model.Table, dialect);
                existing.TryGetValue(model.Name, out var old);
                if (old is not null && old.Checksum == checksum && old.Status == "active")
                {
                    continue;
                }

                var version = (old?.Version ?? 0) + 1;
                var sql = old is null
                    ? "INSERT INTO " + TableName + " (table_schema, table_name, definition, checksum, version, application_id, status, updated_at, created_at, model_name) VALUES ({0}, {1}, {2}, {3}, {4}, {5}, 'active', {6}, {6}, {7})"
                    : "UPDATE " + TableName + " SET table_schema = {0}, table_name = {1}, definition = {2}, checksum = {3}, version = {4}, application_id = {5}, status = 'active', updated_at = {6} WHERE model_name = {7}";
                object?[] values = [model.Table.Schema, model.Table.Name, json, checksum, version, applicationId, now, model.Name];
                await using var command = session.Command(
                    string.Format(CultureInfo.InvariantCulture, sql, [.. values.Select((_, i) => session.Dialect.Placeholder(i))]),
                    [.. values.Select(v => new SqlArgument(v))]);
                await command.ExecuteNonQueryAsync(cancellationToken);
                Log.RegistryWritten(logger, model.Name, old is null ? "inserted" : "updated", version);
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>The active entries, or null when the registry table does not exist.</summary>
    public async Task<List<RegistryEntry>?> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await data.OpenAsync(cancellationToken);
        try
        {
            return [.. (await ReadAsync(session, cancellationToken)).Where(e => e.Status == "active").OrderBy(e => e.ModelName, StringComparer.Ordinal)];
        }
        catch (Exception e) when (session.Dialect.IsMissingTable(e))
        {
            return null;
        }
    }

    private static async Task<List<RegistryEntry>> ReadAsync(DataSession session, CancellationToken cancellationToken)
    {
        await using var command = session.Command(SelectSql, []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<RegistryEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new RegistryEntry(
                reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture), reader.GetString(6), reader.GetString(7)));
        }

        return entries;
    }
}
