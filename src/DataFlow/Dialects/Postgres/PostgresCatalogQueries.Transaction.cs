using System.Text.RegularExpressions;

namespace DataFlow.Dialects.Postgres;

internal static partial class PostgresCatalogQueries
{
    /// <summary>Starts a read-only transaction whose snapshot every query of the transaction shares.</summary>
    public const string Begin = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

    /// <summary>Pins the search path for the transaction (see the remarks on the class).</summary>
    public const string PinSearchPath = "SET LOCAL search_path = pg_catalog, public";

    /// <summary>
    /// Turns JIT compilation off for the transaction: on a large catalog the estimated costs pass
    /// jit_above_cost, and compiling costs more (about 80 ms per query) than these queries take to run.
    /// </summary>
    public const string NoJit = "SET LOCAL jit = off";

    /// <summary>
    /// Lets the prepared catalog queries keep one plan: planning them costs 1 to 3 ms each, about as much
    /// as running most of them, and a custom plan per run (the default for the first five runs of a prepared
    /// statement) would pay it every time for nothing, since their one parameter barely changes the plan.
    /// </summary>
    public const string GenericPlans = "SET LOCAL plan_cache_mode = force_generic_plan";

    /// <summary>Makes the transaction's snapshot importable by a second session (one text column: its id).</summary>
    public const string ExportSnapshot = "SELECT pg_export_snapshot()";

    /// <summary>Ends the transaction (nothing was written).</summary>
    public const string Commit = "COMMIT";

    /// <summary>
    /// Makes the current transaction (just begun) see the snapshot <paramref name="snapshotId"/> exported by
    /// <see cref="ExportSnapshot"/>, as pg_dump's parallel workers do. The id cannot be a bind parameter of
    /// this utility statement; it is the server's own text (hex digits and dashes), checked before use.
    /// </summary>
    /// <exception cref="InvalidOperationException">The id is not a snapshot id.</exception>
    public static string ImportSnapshot(string snapshotId) =>
        SnapshotId().IsMatch(snapshotId)
            ? "SET TRANSACTION SNAPSHOT '" + snapshotId + "'"
            : throw new InvalidOperationException($"pg_export_snapshot() returned '{snapshotId}', which is not a snapshot id.");

    [GeneratedRegex("^[0-9A-Fa-f]+(-[0-9A-Fa-f]+)+$")]
    private static partial Regex SnapshotId();
}
