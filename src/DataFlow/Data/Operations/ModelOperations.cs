
namespace DataFlow.Data.Operations;

/// <summary>
/// The operations behind the model nodes and the Express API, engine-neutral: each builds its statement with a
/// <see cref="SqlBuilder"/> (identifiers from the <see cref="ModelMap"/>, values as parameters) and runs it on a
/// <see cref="DataSession"/>. Driver errors become <see cref="DataFlowException"/>s that name the model.
/// </summary>
internal static partial class ModelOperations
{
    private static Task<List<Record>> QueryAsync(DataSession session, ModelMap model, SqlBuilder sql, RecordShape shape, string operation, CancellationToken cancellationToken) =>
        QueryAsync(session, model, sql.Text, sql.Arguments, shape, operation, capacity: 1, cancellationToken);

    /// <summary>Runs a query and reads every row; <paramref name="capacity"/> is the expected number of rows.</summary>
    private static async Task<List<Record>> QueryAsync(DataSession session, ModelMap model, string text, IReadOnlyList<SqlArgument> arguments, RecordShape shape, string operation, int capacity, CancellationToken cancellationToken)
    {
        try
        {
            await using var reader = await model.Dialect.OpenReaderAsync(session, text, arguments, cancellationToken);
            var records = new List<Record>(capacity);
            while (await reader.ReadAsync(cancellationToken))
            {
                records.Add(shape.Read(reader));
            }

            return records;
        }
        catch (Exception e) when (model.Dialect.IsDriverError(e))
        {
            throw model.Dialect.Translate(e, model.Display, operation);
        }
    }

    private static async Task<int> ExecuteAsync(DataSession session, ModelMap model, SqlBuilder sql, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = session.Command(sql);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (model.Dialect.IsDriverError(e))
        {
            throw model.Dialect.Translate(e, model.Display, operation);
        }
    }

    private static async Task<long> CountAsync(DataSession session, ModelMap model, SqlBuilder sql, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = session.Command(sql);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (model.Dialect.IsDriverError(e))
        {
            throw model.Dialect.Translate(e, model.Display, operation);
        }
    }

    /// <summary>Reads rows with an extra first column (the upsert's inserted marker) before the record's columns.</summary>
    private static async Task<List<(bool Inserted, Record Record)>> QueryMarkedAsync(DataSession session, ModelMap model, SqlBuilder sql, RecordShape shape, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = session.Command(sql);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<(bool, Record)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetBoolean(0), shape.ReadAfter(reader, 1)));
            }

            return rows;
        }
        catch (Exception e) when (model.Dialect.IsDriverError(e))
        {
            throw model.Dialect.Translate(e, model.Display, operation);
        }
    }

    private static void RequireKey(ModelMap model, string operation)
    {
        if (!model.HasKey)
        {
            throw DataFlowErrors.ModelHasNoPrimaryKey(model.Display, operation);
        }
    }
}
