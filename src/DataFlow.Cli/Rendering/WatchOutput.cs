using System.Globalization;
using System.Text.Json;
using DataFlow.Cli.Infrastructure;
using DataFlow.Watch;

namespace DataFlow.Cli.Rendering;

/// <summary>
/// Prints the events of <c>dataflow watch</c>: a timestamped report (the diff of every change as <c>diff</c> prints
/// it), or with <c>--json</c> one JSON object per line on stdout (<c>event</c>: <c>scaffolded</c>, <c>error</c>,
/// <c>resumed</c>). Error text goes through the host's redactor.
/// </summary>
internal sealed class WatchOutput(CliHost host, bool json)
{
    /// <summary>The label of the previous schema in diffs.</summary>
    public const string PreviousLabel = "previous scaffold";

    /// <summary>The label of the database side in diffs.</summary>
    public const string DatabaseLabel = "database";

    /// <summary>Writes one event.</summary>
    public async Task WriteAsync(SchemaWatchEvent watchEvent, CancellationToken cancellationToken = default)
    {
        if (json)
        {
            await host.Out.WriteLineAsync(JsonSerializer.Serialize(JsonDocumentFor(watchEvent), DiffJson.CompactOptions).AsMemory(), cancellationToken);
            await host.Out.FlushAsync(cancellationToken);
            return;
        }

        switch (watchEvent)
        {
            case ModelsRegenerated regenerated:
                await WriteRegeneratedAsync(regenerated);
                break;
            case SchemaWatchFailed failed:
                await host.Error.WriteLineAsync(host.Redactor.Redact(
                    $"{Time(failed)} warning: {failed.Error.Describe()}{Environment.NewLine}  retrying in {DurationText.Format(failed.RetryIn)} (attempt {failed.Attempt})"));
                break;
            case SchemaWatchResumed resumed:
                await host.Error.WriteLineAsync($"{Time(resumed)} the database can be read again after {resumed.FailedAttempts} failed attempt(s).");
                break;
        }

        await host.Out.FlushAsync(cancellationToken);
    }

    /// <summary>The line printed once the first scaffold is done.</summary>
    public async Task WriteWatchingAsync(string displayUrl, TimeSpan interval, string folder)
    {
        if (!json)
        {
            await host.Out.WriteLineAsync($"Watching {displayUrl} every {DurationText.Format(interval)}; models in {folder}. Press Ctrl+C to stop.");
            await host.Out.FlushAsync();
        }
    }

    private async Task WriteRegeneratedAsync(ModelsRegenerated regenerated)
    {
        var result = regenerated.Result;
        var what = regenerated.IsInitial ? "Scaffolded" : $"Schema changed ({Short(regenerated.PreviousHash)} → {Short(result.SchemaHash)}), regenerated";
        await host.Out.WriteLineAsync($"{Time(regenerated)} {what}: {result.Written.Count} written, {result.Unchanged.Count} unchanged, {result.Removed.Count} removed");
        foreach (var path in result.Written.Concat(result.Removed.Select(r => "removed " + r)).Take(20))
        {
            await host.Out.WriteLineAsync("  " + path);
        }

        var more = result.Written.Count + result.Removed.Count - 20;
        if (more > 0)
        {
            await host.Out.WriteLineAsync($"  … and {more} more");
        }

        if (regenerated.Diff is { } diff && (!regenerated.IsInitial || !diff.IsInSync))
        {
            DiffReport.Render(ConsoleFactory.Create(host.Out, host.OutIsTerminal, host.GetEnvironmentVariable("COLUMNS")), diff, PreviousLabel, DatabaseLabel);
        }
    }

    private object JsonDocumentFor(SchemaWatchEvent watchEvent) => watchEvent switch
    {
        ModelsRegenerated r => new
        {
            @event = "scaffolded",
            at = r.At,
            initial = r.IsInitial,
            schemaHash = r.Result.SchemaHash,
            previousHash = r.PreviousHash,
            written = r.Result.Written,
            unchanged = r.Result.Unchanged.Count,
            removed = r.Result.Removed,
            snapshot = r.Result.SnapshotPath,
            diff = r.Diff is null ? null : DiffJson.Document(r.Diff, PreviousLabel, DatabaseLabel),
        },
        SchemaWatchFailed f => new
        {
            @event = "error",
            at = f.At,
            code = f.Error.Code,
            message = host.Redactor.Redact(f.Error.Message),
            attempt = f.Attempt,
            retryInMs = (long)f.RetryIn.TotalMilliseconds,
        },
        SchemaWatchResumed s => (object)new { @event = "resumed", at = s.At, failedAttempts = s.FailedAttempts },
        _ => new { @event = "unknown", at = watchEvent.At },
    };

    private static string Time(SchemaWatchEvent watchEvent) => "[" + watchEvent.At.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture) + "]";

    private static string Short(string? hash) => hash is null ? "none" : hash.Replace("sha256:", "", StringComparison.Ordinal)[..Math.Min(12, hash.Length - 7)];
}
