namespace DataFlow.Safety;

/// <summary>Progress of <see cref="NotNullColumnHandler.ExecuteAsync"/>: reported when a step starts, is skipped, and after each backfill batch.</summary>
/// <param name="Step">The step.</param>
/// <param name="Index">Its 0-based index in the plan.</param>
/// <param name="Count">The number of steps.</param>
/// <param name="Rows">Rows backfilled so far in this run.</param>
/// <param name="Message">What happened.</param>
public sealed record NotNullProgress(NotNullStepKind Step, int Index, int Count, long Rows, string Message);

/// <summary>What an execution did.</summary>
/// <param name="Statements">The DDL statements run (skipped steps left out).</param>
/// <param name="RowsBackfilled">Rows filled by this run.</param>
/// <param name="StepsSkipped">Steps found already done (a resumed run skips what the interrupted one did).</param>
/// <param name="LockRetries">PostgreSQL: DDL attempts that hit the lock timeout and were retried.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record NotNullResult(IReadOnlyList<string> Statements, long RowsBackfilled, int StepsSkipped, int LockRetries, TimeSpan Elapsed);
