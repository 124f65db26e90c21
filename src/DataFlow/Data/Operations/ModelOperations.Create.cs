using DataFlow.Schema;

namespace DataFlow.Data.Operations;

/// <summary>Create and upsert of one record.</summary>
internal static partial class ModelOperations
{
    /// <summary>Inserts one record; omitted columns get the database's default. Returns the stored row.</summary>
    public static async Task<Record> CreateAsync(DataSession session, ModelMap model, IReadOnlyDictionary<string, object?> data, CancellationToken cancellationToken = default)
    {
        var columns = RecordInput.Columns(model, data, "data");
        var sql = new SqlBuilder(model.Dialect);
        WriteInsert(sql, model, columns, [data], "data", single: true);
        sql.Append(" RETURNING ").Append(model.AllColumns.SelectList);
        return (await QueryAsync(session, model, sql, model.AllColumns, "Create", cancellationToken))[0];
    }

    /// <summary>Inserts one record, or updates the row with the same conflict columns. Returns the stored row and whether it was inserted.</summary>
    public static async Task<UpsertResult> UpsertAsync(DataSession session, ModelMap model, IReadOnlyDictionary<string, object?> data, object? conflictOn, CancellationToken cancellationToken = default)
    {
        var target = ConflictTarget.Resolve(model, conflictOn, "Upsert");
        var columns = RecordInput.Columns(model, data, "data");
        RequireConflictValues(model, target, [data], "data");
        var sql = new SqlBuilder(model.Dialect);
        WriteInsert(sql, model, columns, [data], "data", single: true);
        WriteOnConflict(sql, model, target, columns, ConflictResolution.Update);
        if (model.Dialect.InsertedMarker is { } marker)
        {
            sql.Append(" RETURNING ").Append(marker).Append(", ").Append(model.AllColumns.SelectList);
            var row = (await QueryMarkedAsync(session, model, sql, model.AllColumns, "Upsert", cancellationToken))[0];
            return new UpsertResult(row.Record, row.Inserted);
        }

        sql.Append(" RETURNING ").Append(model.AllColumns.SelectList);
        return await session.AtomicallyAsync(async () =>
        {
            var existing = await CountExistingAsync(session, model, target, [data], cancellationToken);
            var record = (await QueryAsync(session, model, sql, model.AllColumns, "Upsert", cancellationToken))[0];
            return new UpsertResult(record, existing == 0);
        }, cancellationToken);
    }

    /// <summary>Writes <c>INSERT INTO t (c...) VALUES (...), (...)</c>, or <c>DEFAULT VALUES</c> for one empty record.</summary>
    private static void WriteInsert(SqlBuilder sql, ModelMap model, Column[] columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> records, string path, bool single, int offset = 0)
    {
        sql.Append("INSERT INTO ").Append(model.TableSql);
        if (columns.Length == 0)
        {
            sql.Append(" DEFAULT VALUES");
            return;
        }

        sql.Append(" (").Append(string.Join(", ", columns.Select(model.Quote))).Append(") VALUES ");
        for (var r = 0; r < records.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var column = columns[c];
                var value = ValueCoercer.CoerceField(column, records[r][column.Name], path, single ? -1 : offset + r);
                sql.Append(c == 0 ? string.Empty : ", ").Argument(model.Dialect.Adapt(column, value));
            }

            sql.Append(")");
        }
    }

    private static void WriteOnConflict(SqlBuilder sql, ModelMap model, Column[] target, Column[] columns, ConflictResolution resolution)
    {
        sql.Append(" ON CONFLICT (").Append(string.Join(", ", target.Select(model.Quote))).Append(")");
        if (resolution == ConflictResolution.Skip)
        {
            sql.Append(" DO NOTHING");
            return;
        }

        var targetNames = target.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var updates = columns.Where(c => !targetNames.Contains(c.Name)).ToList();
        if (updates.Count == 0)
        {
            updates.Add(target[0]); // a no-op update still returns the existing row
        }

        sql.Append(" DO UPDATE SET ").Append(string.Join(", ", updates.Select(c => model.Quote(c) + " = EXCLUDED." + model.Quote(c))));
    }

    private static void RequireConflictValues(ModelMap model, Column[] target, IReadOnlyList<IReadOnlyDictionary<string, object?>> records, string path)
    {
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var column in target)
            {
                if (!records[i].TryGetValue(column.Name, out var value) || value is null)
                {
                    throw DataFlowErrors.MissingKey(model.Display, target.Select(c => c.Name), $"{(records.Count == 1 ? path : $"{path}[{i}]")}: an upsert needs a value for the conflict column '{column.Name}'");
                }
            }
        }
    }

    /// <summary>How many of <paramref name="records"/> already have a row with the same conflict columns.</summary>
    private static async Task<long> CountExistingAsync(DataSession session, ModelMap model, Column[] target, IReadOnlyList<IReadOnlyDictionary<string, object?>> records, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder(model.Dialect).Append("SELECT count(*) FROM ").Append(model.TableSql).Append(" WHERE ");
        for (var r = 0; r < records.Count; r++)
        {
            sql.Append(r == 0 ? "(" : " OR (");
            for (var c = 0; c < target.Length; c++)
            {
                sql.Append(c == 0 ? string.Empty : " AND ").Append(model.Quote(target[c])).Append(" = ").Value(target[c], records[r][target[c].Name], $"data[{r}].{target[c].Name}");
            }

            sql.Append(")");
        }

        return await CountAsync(session, model, sql, "Upsert", cancellationToken);
    }
}
