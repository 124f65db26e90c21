using System.Data.Common;
using DataFlow.Connections;
using DataFlow.Data;
using DataFlow.Dialects.Sqlite;
using DataFlow.Discovery;
using DataFlow.Migrations.Ddl;
using DataFlow.Schema;
using Microsoft.Data.Sqlite;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>
/// Reads the table a schema operation works on, on the session that will change it (inside the run's transaction
/// when there is one). PostgreSQL: the live catalog (columns, types, key), enough for <c>ALTER TABLE</c>. SQLite: the
/// whole table (indexes, foreign keys, checks) from the schema SQL, plus the views and triggers a rebuild recreates.
/// </summary>
internal static class SchemaTableReader
{
    /// <summary>The table and, on SQLite, the rebuild options; null when there is no such table.</summary>
    public static async Task<(Table Table, SqliteRebuildOptions? Rebuild, bool IsReferenced)?> ReadAsync(
        DataSession session, DataConnections data, string name, CancellationToken cancellationToken)
    {
        var target = data.Target;
        var live = await session.Dialect.LiveCatalog.FindTableAsync(session, name, cancellationToken);
        if (live is null)
        {
            return null;
        }

        if (target.Kind != DatabaseKind.Sqlite)
        {
            return (live with { Columns = [.. live.Columns.Select(c => ColumnTypes.TryLogical(c.RawType, target.Kind) is { } sized ? c with { Type = sized } : c)] }, null, false);
        }

        // Read on the node's session, inside the run's transaction when there is one, so that its own uncommitted
        // changes (a column added or retyped by an earlier node) are what a rebuild starts from.
        var catalog = await SqliteCatalogReader.ReadAsync((SqliteConnection)session.Connection, null, cancellationToken, within: session.Transaction as SqliteTransaction);
        var schema = SchemaCanonicalizer.Canonicalize(new SqliteSchemaBuilder(catalog).Build());
        var full = schema.Tables.FirstOrDefault(t => string.Equals(t.Name, live.Name, StringComparison.OrdinalIgnoreCase));
        var table = full is not null && full.Columns.Select(c => c.Name).SequenceEqual(live.Columns.Select(c => c.Name), StringComparer.OrdinalIgnoreCase) ? full : live;
        var referenced = schema.Tables.Any(t => !string.Equals(t.Name, table.Name, StringComparison.OrdinalIgnoreCase) && t.ForeignKeys.Any(f => string.Equals(f.PrincipalTable, table.Name, StringComparison.OrdinalIgnoreCase)));
        var options = new SqliteRebuildOptions
        {
            Views = await SqliteTableRebuild.ReadViewsAsync(session.Connection, table.Name, cancellationToken),
            Triggers = await SqliteTableRebuild.ReadTriggersAsync((DbConnection)session.Connection, table.Name, cancellationToken),
        };
        return (table, options, referenced);
    }
}
