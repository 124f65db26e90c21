using System.Collections;
using System.Collections.ObjectModel;
using DataFlow.Data.Filters;
using DataFlow.Schema;

namespace DataFlow.Data.Operations;

/// <summary>Update by key (reporting what changed) and by filter.</summary>
internal static partial class ModelOperations
{
    /// <summary>
    /// Sets <paramref name="fields"/> on the row with key <paramref name="key"/>, atomically: the row is read (and
    /// locked where the engine can) first, so the outcome says which fields really changed, from what to what.
    /// </summary>
    public static async Task<UpdateResult> UpdateAsync(DataSession session, ModelMap model, object?[] key, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default)
    {
        RequireKey(model, "Update");
        var columns = RequireFields(model, fields);
        return await session.AtomicallyAsync(async () =>
        {
            var select = new SqlBuilder(model.Dialect).Append("SELECT ").Append(model.AllColumns.SelectList).Append(" FROM ").Append(model.TableSql).Append(" WHERE ");
            KeyValues.WriteCondition(select, model, key);
            select.Append(model.Dialect.ForUpdate);
            var before = await QueryAsync(session, model, select, model.AllColumns, "Update", cancellationToken);
            if (before.Count == 0)
            {
                return new UpdateResult(null, Empty);
            }

            var sql = new SqlBuilder(model.Dialect);
            WriteUpdateSet(sql, model, columns, fields, "fields");
            sql.Append(" WHERE ");
            KeyValues.WriteCondition(sql, model, key);
            sql.Append(" RETURNING ").Append(model.AllColumns.SelectList);
            var after = (await QueryAsync(session, model, sql, model.AllColumns, "Update", cancellationToken))[0];
            return new UpdateResult(after, Changes(before[0], after, columns));
        }, cancellationToken);
    }

    /// <summary>Sets <paramref name="fields"/> on every row <paramref name="filter"/> matches; returns the number of rows.</summary>
    public static async Task<int> UpdateWhereAsync(DataSession session, ModelMap model, object? filter, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default)
    {
        var columns = RequireFields(model, fields);
        var sql = new SqlBuilder(model.Dialect);
        WriteUpdateSet(sql, model, columns, fields, "fields");
        var at = sql.Length;
        sql.Append(" WHERE ");
        if (!FilterCompiler.TryWrite(sql, model, filter))
        {
            sql.Truncate(at);
        }

        return await ExecuteAsync(session, model, sql, "Update", cancellationToken);
    }

    private static Column[] RequireFields(ModelMap model, IReadOnlyDictionary<string, object?> fields) =>
        fields.Count == 0
            ? throw DataFlowErrors.InvalidOperationOption("fields", "there is nothing to update", "Give the new values: fields: { \"name\": \"Ada\" }.")
            : RecordInput.Columns(model, fields, "fields");

    private static void WriteUpdateSet(SqlBuilder sql, ModelMap model, Column[] columns, IReadOnlyDictionary<string, object?> fields, string path)
    {
        sql.Append("UPDATE ").Append(model.TableSql).Append(" SET ");
        for (var i = 0; i < columns.Length; i++)
        {
            sql.Append(i == 0 ? string.Empty : ", ").Append(model.Quote(columns[i])).Append(" = ").Value(columns[i], fields[columns[i].Name], path + "." + columns[i].Name);
        }
    }

    private static ReadOnlyDictionary<string, object?> Changes(Record before, Record after, Column[] columns)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var old = before[column.Name];
            var now = after[column.Name];
            if (!SameValue(old, now))
            {
                changes[column.Name] = new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?> { ["old"] = old, ["new"] = now });
            }
        }

        return new ReadOnlyDictionary<string, object?>(changes);
    }

    private static bool SameValue(object? a, object? b) =>
        Equals(a, b) || (a is IStructuralEquatable structural && structural.Equals(b, StructuralComparisons.StructuralEqualityComparer));

    private static readonly ReadOnlyDictionary<string, object?> Empty = new(new Dictionary<string, object?>());
}
