using System.Text.Json;
using DataFlow.Data;
using DataFlow.Dialects;
using DataFlow.Migrations;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Locking;
using DataFlow.Workflows;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>
/// <c>MigrationNode</c>: tracks a named migration in the migration journal (<c>dataflow_migrations</c>, kind
/// <c>named</c>). <c>action: track</c> (the default) records <c>status</c> (pending, completed, failed, rolled_back)
/// with <c>metadata</c> (version, description, breaking_change); <c>check_status</c> outputs <c>migration_status</c>
/// (<c>pending</c> when never recorded) for a <c>SwitchNode</c> to route on; <c>check_rollback_needed</c> outputs
/// <c>needs_rollback</c> (true when the latest status is failed). Checks only read (they work in existing-schema mode);
/// tracking creates the journal through the guarded executor when it is missing, on the run's transaction inside a
/// <c>TransactionScopeNode</c>, else under the migration lock.
/// </summary>
internal sealed class MigrationNode(DataConnections data, SchemaChangeExecutor executor) : Node
{
    private static readonly string[] OutputNames = ["migration_status", "needs_rollback", "migration_name", "version", "metadata", "result"];

    /// <inheritdoc />
    public override string Description => "Tracks a named migration's status in the migration journal, or checks it.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("migration_name", ParameterType.String) { Required = true, Description = "The migration's name, unique among named migrations." },
        new("action", ParameterType.String) { Default = "track", AllowedValues = ["track", "check_status", "check_rollback_needed"], Description = "track records status; the checks read it." },
        new("status", ParameterType.String) { AllowedValues = ["pending", "completed", "failed", "rolled_back"], Description = "track: the status to record." },
        new("metadata", ParameterType.Object) { Description = "track: { version, description, breaking_change }." },
        new("error", ParameterType.String) { Description = "track failed: why." },
        new("input", ParameterType.Any) { Description = "Connect another node's result here to run after it (the value is not used)." },
        ModelParameters.Transaction,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = context.Inputs;
        var name = inputs.Get<string>("migration_name");
        var journal = new MigrationJournal(DialectRegistry.MigrationsFor(data.Target.Kind));
        await using var session = await data.SessionAsync(context.RunId, cancellationToken);
        JournalEntry? entry;
        if (inputs.Get<string>("action") == "track")
        {
            var status = inputs.GetOrDefault<string?>("status", null)
                ?? throw DataFlowErrors.MigrationNodeParameter(context.NodeId, "status", "is needed to track a migration");
            var metadata = inputs.GetOrDefault<object?>("metadata", null);
            var metadataJson = metadata is null ? null : JsonSerializer.Serialize(metadata);
            var version = metadata is null ? null : Version(metadataJson!);
            var error = inputs.GetOrDefault<string?>("error", null);
            async Task<JournalEntry?> RecordAsync(DataSession on)
            {
                await journal.EnsureCreatedAsync(on, executor, cancellationToken);
                await journal.RecordNamedAsync(on, name, version, JournalText.Status(status), metadataJson, error, cancellationToken);
                return await journal.FindNamedAsync(on, name, cancellationToken);
            }

            entry = session.Transaction is not null
                ? await RecordAsync(session)
                : await executor.WithMigrationLockAsync(data, MigrationLockOptions.Default, scope => RecordAsync(scope.Session), cancellationToken);
        }
        else
        {
            entry = await journal.ExistsAsync(session, cancellationToken) ? await journal.FindNamedAsync(session, name, cancellationToken) : null;
        }

        var migrationStatus = entry is null ? "pending" : JournalText.Of(entry.Status);
        IReadOnlyList<KeyValuePair<string, object?>> values =
        [
            new("migration_status", migrationStatus),
            new("needs_rollback", entry?.Status == MigrationStatus.Failed),
            new("migration_name", name),
            new("version", entry?.Version),
            new("metadata", entry?.Metadata is { } json ? JsonSerializer.Deserialize<Dictionary<string, object?>>(json) : null),
        ];
        return new NodeOutput([.. values, new("result", values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))]);
    }

    private static string? Version(string metadataJson)
    {
        using var document = JsonDocument.Parse(metadataJson);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("version", out var version)
            ? version.ToString()
            : null;
    }
}
