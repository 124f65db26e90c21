namespace DataFlow.Data.Bulk;

/// <summary>What an <see cref="IBulkInserter"/> wrote of a run.</summary>
/// <param name="End">The index after the last record written (the run's start when nothing was).</param>
/// <param name="Inserted">Rows inserted.</param>
/// <param name="Skipped">Records left out because their key existed (<c>conflict_resolution: skip</c>).</param>
/// <param name="Batches">Batches of up to <c>batch_size</c> records.</param>
/// <param name="Declined">
/// True when the path stopped at a record it cannot write (a value it cannot send, such as text for a date in
/// binary COPY): the rest of the call then goes through INSERT statements. False when the run simply ended.
/// </param>
internal readonly record struct BulkRunResult(int End, long Inserted, long Skipped, int Batches, bool Declined);
