using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Scripts;

namespace DataFlow.Migrations.Runner;

/// <summary>
/// The folder compared with the journal: each version's <see cref="ScriptState"/>, the baseline, the highest applied
/// version, and the problems that stop <c>migrate</c> and fail <c>validate</c>.
/// </summary>
internal sealed class MigrationPlan
{
    private MigrationPlan(IReadOnlyList<PlanItem> items, long? baseline, long? highestApplied)
    {
        Items = items;
        Baseline = baseline;
        HighestApplied = highestApplied;
    }

    /// <summary>Every version, in order.</summary>
    public IReadOnlyList<PlanItem> Items { get; }

    /// <summary>The baseline version, or null.</summary>
    public long? Baseline { get; }

    /// <summary>The highest applied (or baseline) version, or null on a fresh database.</summary>
    public long? HighestApplied { get; }

    /// <summary>The items in <paramref name="state"/>.</summary>
    public IEnumerable<PlanItem> In(ScriptState state) => Items.Where(i => i.State == state);

    /// <summary>Compares <paramref name="scripts"/> with the journal's <paramref name="entries"/>.</summary>
    public static MigrationPlan Build(IReadOnlyList<MigrationScript> scripts, IReadOnlyList<JournalEntry> entries)
    {
        var baseline = entries.Where(e => e is { Kind: MigrationKind.Baseline, Status: MigrationStatus.Completed }).Max(e => e.Number);
        var applied = entries.Where(e => e is { Kind: MigrationKind.Sql, Status: MigrationStatus.Completed } && e.Number is not null)
            .GroupBy(e => e.Number!.Value).ToDictionary(g => g.Key, g => g.Last());
        var failed = entries.Where(e => e is { Kind: MigrationKind.Sql, Status: MigrationStatus.Failed } && e.Number is not null)
            .GroupBy(e => e.Number!.Value).ToDictionary(g => g.Key, g => g.Last());
        long? highest = applied.Count == 0 ? baseline : Math.Max(applied.Keys.Max(), baseline ?? long.MinValue);

        var items = new List<PlanItem>();
        foreach (var script in scripts)
        {
            var entry = applied.GetValueOrDefault(script.Version);
            var state = entry is not null ? (entry.Checksum == script.Checksum ? ScriptState.Applied : ScriptState.Changed)
                : failed.TryGetValue(script.Version, out var failure) ? ScriptState.Failed
                : script.Version <= baseline ? ScriptState.Baselined
                : script.Version < highest ? ScriptState.OutOfOrder
                : ScriptState.Pending;
            items.Add(new PlanItem(script.Version, script.Name, state, script, entry ?? (state == ScriptState.Failed ? failed[script.Version] : null)));
        }

        var present = scripts.Select(s => s.Version).ToHashSet();
        foreach (var (version, entry) in applied.Concat(failed).Where(p => !present.Contains(p.Key)))
        {
            items.Add(new PlanItem(version, entry.Name, entry.Status == MigrationStatus.Failed ? ScriptState.Failed : ScriptState.Missing, null, entry));
        }

        items.Sort((a, b) => a.Version.CompareTo(b.Version));
        return new MigrationPlan(items, baseline, highest);
    }

    /// <summary>
    /// What is wrong, as the errors <c>migrate</c> would raise: changed files (<c>DF-MIG-003</c>), failed rows
    /// (<c>DF-MIG-007</c>), out-of-order files unless allowed (<c>DF-MIG-004</c>) and missing files (<c>DF-MIG-011</c>,
    /// which <c>migrate</c> tolerates and <c>validate</c> does not).
    /// </summary>
    public IReadOnlyList<DataFlowException> Problems(bool allowOutOfOrder, bool includeMissing)
    {
        var problems = new List<DataFlowException>();
        problems.AddRange(In(ScriptState.Changed).Select(i => DataFlowErrors.MigrationChecksumMismatch(i.Script!.FileName, i.Entry!.Checksum ?? "(none)", i.Script.Checksum)));
        problems.AddRange(In(ScriptState.Failed).Select(i => DataFlowErrors.FailedMigrationInJournal(i.Label)));
        if (!allowOutOfOrder && In(ScriptState.OutOfOrder).Any())
        {
            problems.Add(DataFlowErrors.MigrationOutOfOrder(In(ScriptState.OutOfOrder).Select(i => i.Label), HighestApplied!.Value));
        }

        if (includeMissing)
        {
            problems.AddRange(In(ScriptState.Missing).Select(i => DataFlowErrors.MigrationFileMissing(i.Label)));
        }

        return problems;
    }

    /// <summary>The files <c>migrate</c> runs, in order: pending (and out-of-order when allowed) up to <paramref name="target"/>.</summary>
    public IReadOnlyList<MigrationScript> ToApply(long? target, bool allowOutOfOrder) =>
        [.. Items.Where(i => i.State == ScriptState.Pending || (allowOutOfOrder && i.State == ScriptState.OutOfOrder))
            .Where(i => target is null || i.Version <= target)
            .Select(i => i.Script!)];
}
