using System.Runtime.CompilerServices;

namespace DataFlow.Data.Operations;

/// <summary>Streaming reads: rows handed out one at a time from an open reader, never collected.</summary>
internal static partial class ModelOperations
{
    /// <summary>
    /// The rows of <paramref name="sql"/>, read one at a time as the caller enumerates: memory stays at one row (plus
    /// the driver's buffer) whatever the number of rows. The session comes from <paramref name="open"/> when the
    /// enumeration starts; it and the reader are closed when the enumeration ends, fails or is abandoned.
    /// Cancelling <paramref name="cancellationToken"/> stops it between rows.
    /// </summary>
    public static async IAsyncEnumerable<Record> StreamAsync(
        Func<CancellationToken, Task<DataSession>> open, ModelMap model, SqlBuilder sql, RecordShape shape, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var session = await open(cancellationToken);
        IRowReader reader;
        try
        {
            reader = await model.Dialect.OpenReaderAsync(session, sql.Text, sql.Arguments, cancellationToken);
        }
        catch (Exception e) when (model.Dialect.IsDriverError(e))
        {
            throw model.Dialect.Translate(e, model.Display, "Stream");
        }

        await using (reader)
        {
            while (true)
            {
                // Drivers may hand out buffered rows without looking at the token; the promise is to stop between rows.
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    if (!await reader.ReadAsync(cancellationToken))
                    {
                        break;
                    }
                }
                catch (Exception e) when (model.Dialect.IsDriverError(e))
                {
                    throw model.Dialect.Translate(e, model.Display, "Stream");
                }

                yield return shape.Read(reader);
            }
        }
    }
}
