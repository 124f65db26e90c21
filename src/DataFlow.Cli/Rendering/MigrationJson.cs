using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Runner;

namespace DataFlow.Cli.Rendering;

/// <summary>The <c>--json</c> documents of the versioned-migration commands (camelCase, indented).</summary>
internal static class MigrationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Serialises <paramref name="document"/> with a final new line.</summary>
    public static string Render(object document) => JsonSerializer.Serialize(document, Options) + "\n";

    /// <summary>A plan item as JSON.</summary>
    public static object Item(PlanItem item) => new
    {
        version = item.Version,
        name = item.Name,
        file = item.Script?.FileName,
        state = StateText(item.State),
        transactional = item.Script is null ? (bool?)null : !item.Script.NoTransaction,
        fileChecksum = item.Script?.Checksum,
        journalChecksum = item.Entry?.Checksum,
        appliedAt = item.Entry is null ? null : MigrationJournal.FormatTime(item.Entry.AppliedAt),
        appliedBy = item.Entry?.AppliedBy,
    };

    /// <summary>A journal row as JSON.</summary>
    public static object Entry(JournalEntry entry) => new
    {
        id = entry.Id,
        version = entry.Version,
        name = entry.Name,
        kind = JournalText.Of(entry.Kind),
        checksum = entry.Checksum,
        status = JournalText.Of(entry.Status),
        appliedAt = MigrationJournal.FormatTime(entry.AppliedAt),
        durationMs = (long)entry.Duration.TotalMilliseconds,
        appliedBy = entry.AppliedBy,
        toolVersion = entry.ToolVersion,
        metadata = entry.Metadata,
        error = entry.Error,
    };

    /// <summary>How a state is spelled in output: <c>applied</c>, <c>baselined</c>, <c>pending</c>, <c>out-of-order</c>, <c>changed</c>, <c>missing</c>, <c>failed</c>.</summary>
    public static string StateText(ScriptState state) => state switch
    {
        ScriptState.OutOfOrder => "out-of-order",
        _ => state.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
