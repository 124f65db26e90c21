using DataFlow.Data;
using DataFlow.Data.Bulk;
using Npgsql;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// PostgreSQL bulk create through binary <c>COPY ... FROM STDIN</c> (<see cref="NpgsqlBinaryImporter"/>) for calls
/// of at least <see cref="Threshold"/> records with <c>conflict_resolution: error</c>; smaller calls keep multi-row
/// INSERTs (a COPY costs two round trips). Only the columns present in the records are copied, so omitted columns
/// get their defaults and identity and generated columns are never written. COPY runs on the session's connection,
/// hence inside its transaction. A value binary COPY cannot carry (<see cref="PostgresCopyType"/>) ends the COPY
/// before that record; the rest of the call then goes through INSERT, where the server parses it.
/// <c>skip</c> and <c>update</c> keep INSERT ... ON CONFLICT: COPY has no conflict handling, and copying into a
/// temporary table first would be DDL, which existing-schema mode forbids (docs/adr/0008).
/// </summary>
internal sealed class PostgresBulkCopier : IBulkInserter
{
    /// <summary>The fewest records for which COPY is used.</summary>
    public const int Threshold = 200;

    /// <inheritdoc />
    public bool Handles(ConflictResolution resolution, int count) => resolution == ConflictResolution.Error && count >= Threshold;

    /// <inheritdoc />
    public async Task<BulkRunResult> InsertAsync(BulkRun run, CancellationToken cancellationToken)
    {
        var (model, columns, records) = (run.Model, run.Columns, run.Records);
        var types = new PostgresCopyType[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            if (PostgresCopyType.For(columns[c]) is not { } type)
            {
                return new BulkRunResult(run.Start, 0, 0, 0, Declined: true);
            }

            types[c] = type;
        }

        var copy = "COPY " + model.TableSql + " (" + string.Join(", ", columns.Select(model.Quote)) + ") FROM STDIN (FORMAT BINARY)";
        var connection = (NpgsqlConnection)run.Session.Connection;
        var values = new object?[columns.Length];
        var arguments = new object?[columns.Length];
        var index = run.Start;
        var declined = false;
        await using (var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken))
        {
            while (index < records.Count && RecordInput.TryFetch(records[index], columns, values))
            {
                if ((index - run.Start) % run.BatchSize == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (!TryConvert(run, types, values, arguments, index))
                {
                    declined = true;
                    break;
                }

                await importer.StartRowAsync(cancellationToken);
                for (var c = 0; c < arguments.Length; c++)
                {
                    await importer.WriteAsync(arguments[c], types[c].DbType, cancellationToken);
                }

                index++;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        var count = index - run.Start;
        return new BulkRunResult(index, count, 0, (count + run.BatchSize - 1) / run.BatchSize, declined);
    }

    /// <summary>Checks and converts one record's values; false when one of them cannot go into binary COPY.</summary>
    private static bool TryConvert(BulkRun run, PostgresCopyType[] types, object?[] values, object?[] arguments, int index)
    {
        for (var c = 0; c < values.Length; c++)
        {
            var value = run.Argument(run.Columns[c], values[c], index).Value;
            if (!types[c].Accepts(value))
            {
                return false;
            }

            arguments[c] = value;
        }

        return true;
    }
}
