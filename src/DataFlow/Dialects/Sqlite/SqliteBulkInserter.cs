using DataFlow.Data;
using DataFlow.Data.Bulk;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// SQLite bulk create: one prepared <c>INSERT</c> (with <c>ON CONFLICT DO NOTHING</c> for <c>skip</c>) reused for
/// every record of a run, its parameters re-bound per row, in the call's one transaction. This is what SQLite is
/// fastest at: no statement is compiled twice and no statement carries thousands of parameters. <c>update</c>
/// stays on multi-row upserts, which count inserted and updated rows.
/// </summary>
internal sealed class SqliteBulkInserter : IBulkInserter
{
    /// <inheritdoc />
    public bool Handles(ConflictResolution resolution, int count) => resolution is ConflictResolution.Error or ConflictResolution.Skip;

    /// <inheritdoc />
    public async Task<BulkRunResult> InsertAsync(BulkRun run, CancellationToken cancellationToken)
    {
        var (model, columns, records) = (run.Model, run.Columns, run.Records);
        var sql = new SqlBuilder(model.Dialect).Append("INSERT INTO ").Append(model.TableSql)
            .Append(" (").Append(string.Join(", ", columns.Select(model.Quote))).Append(") VALUES (")
            .Append(string.Join(", ", columns.Select((_, i) => model.Dialect.Placeholder(i)))).Append(")");
        if (run.Resolution == ConflictResolution.Skip)
        {
            sql.Append(" ON CONFLICT").Append(run.Target is null ? string.Empty : " (" + string.Join(", ", run.Target.Select(model.Quote)) + ")").Append(" DO NOTHING");
        }

        await using var command = (SqliteCommand)run.Session.Command(sql.Text, [.. columns.Select(_ => new SqlArgument(null))]);
        var parameters = command.Parameters;
        command.Prepare();
        var values = new object?[columns.Length];
        long inserted = 0, skipped = 0;
        var index = run.Start;
        while (index < records.Count && RecordInput.TryFetch(records[index], columns, values))
        {
            if ((index - run.Start) % run.BatchSize == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var c = 0; c < columns.Length; c++)
            {
                parameters[c].Value = run.Argument(columns[c], values[c], index).Value ?? DBNull.Value;
            }

            // Microsoft.Data.Sqlite's async methods run synchronously; the synchronous call saves a Task per row.
            var changed = command.ExecuteNonQuery();
            inserted += changed;
            skipped += 1 - changed;
            index++;
        }

        var count = index - run.Start;
        return new BulkRunResult(index, inserted, skipped, (count + run.BatchSize - 1) / run.BatchSize, Declined: false);
    }
}
