using DataFlow.Data;
using DataFlow.Schema;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// Walks a table in primary-key order, one batch of at most <c>batchSize</c> matching rows at a time: each batch is
/// the key range (last key of the previous batch, last key of this one], found with a key-ordered
/// <c>SELECT … LIMIT</c> and then worked on with a statement bounded by that range. Composite keys use row-value
/// comparison (<c>(a, b) &gt; (…)</c>), which both engines order like <c>ORDER BY a, b</c>. Key values go back as
/// parameters exactly as the driver read them, so the database alone decides the order (collations included).
/// </summary>
internal sealed class KeysetBatches
{
    private readonly DataSession _session;
    private readonly string _keyTuple;
    private readonly string _keyList;
    private readonly string _tableSql;
    private readonly Column[] _key;

    public KeysetBatches(DataSession session, Table table, string? alias = null)
    {
        _session = session;
        var dialect = session.Dialect;
        _key = [.. table.PrimaryKey!.Columns.Select(name => table.FindColumn(name)!)];
        var prefix = alias is null ? string.Empty : alias + ".";
        var quoted = _key.Select(c => prefix + dialect.Quote(c.Name)).ToList();
        _keyList = string.Join(", ", quoted);
        _keyTuple = quoted.Count == 1 ? quoted[0] : "(" + _keyList + ")";
        _tableSql = dialect.TableName(table) + (alias is null ? string.Empty : " " + alias);
    }

    /// <summary>The key columns in key order.</summary>
    public IReadOnlyList<Column> Key => _key;

    /// <summary>
    /// Runs batches until no row matching <paramref name="condition"/> is left: each batch, in its own transaction
    /// (or the session's, when it has one), finds its upper key and runs <paramref name="work"/> on the range
    /// (<c>after</c>, <c>upper</c>], which returns the rows it changed. Cancellation is checked between batches; a
    /// batch cancelled or failing midway rolls back whole.
    /// </summary>
    /// <returns>The rows changed and the batches committed.</returns>
    public async Task<(long Rows, long Batches)> RunAsync(Action<SqlBuilder> condition, long batchSize, Func<object?[]?, object?[], Task<int>> work,
        Action<long, long> progress, CancellationToken cancellationToken)
    {
        object?[]? after = null;
        long rows = 0, batches = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changed = await _session.AtomicallyAsync(async () =>
            {
                var upper = await NextUpperBoundAsync(after, condition, batchSize, cancellationToken);
                if (upper is null)
                {
                    return -1;
                }

                var count = await work(after, upper);
                after = upper;
                return count;
            }, cancellationToken);
            if (changed < 0)
            {
                return (rows, batches);
            }

            rows += changed;
            batches++;
            progress(batches, rows);
        }
    }

    /// <summary>
    /// The last key of the next batch after <paramref name="after"/> (null: from the start) among rows matching
    /// <paramref name="condition"/>, or null when no row is left.
    /// </summary>
    public async Task<object?[]?> NextUpperBoundAsync(object?[]? after, Action<SqlBuilder> condition, long batchSize, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder(_session.Dialect).Append("SELECT " + _keyList + " FROM " + _tableSql + " WHERE ");
        if (after is not null)
        {
            AppendAfter(sql, after);
            sql.Append(" AND ");
        }

        sql.Append("(");
        condition(sql);
        sql.Append(") ORDER BY " + _keyList + " LIMIT ").Argument(new SqlArgument(batchSize));
        object?[]? last = null;
        await using var command = _session.Command(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            last ??= new object?[_key.Length];
            for (var i = 0; i < _key.Length; i++)
            {
                last[i] = reader.GetValue(i);
            }
        }

        return last;
    }

    /// <summary>True when a row before <paramref name="key"/> matches <paramref name="condition"/>.</summary>
    public async Task<bool> AnyBeforeAsync(object?[] key, Action<SqlBuilder> condition, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder(_session.Dialect).Append("SELECT 1 FROM " + _tableSql + " WHERE " + _keyTuple + " < ");
        AppendTuple(sql, key);
        sql.Append(" AND (");
        condition(sql);
        sql.Append(") LIMIT 1");
        await using var command = _session.Command(sql);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Appends <c>key &gt; after AND key &lt;= upper</c> (the first bound left out when <paramref name="after"/> is null).</summary>
    public void AppendRange(SqlBuilder sql, object?[]? after, object?[] upper)
    {
        if (after is not null)
        {
            AppendAfter(sql, after);
            sql.Append(" AND ");
        }

        sql.Append(_keyTuple + " <= ");
        AppendTuple(sql, upper);
    }

    /// <summary>The key as a value for outputs: the value of a one-column key, else <c>{ column: value }</c>.</summary>
    public object? Describe(object?[] key) => _key.Length == 1
        ? key[0]
        : _key.Select((c, i) => (c.Name, Value: key[i])).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private void AppendAfter(SqlBuilder sql, object?[] after)
    {
        sql.Append(_keyTuple + " > ");
        AppendTuple(sql, after);
    }

    private static void AppendTuple(SqlBuilder sql, object?[] key)
    {
        sql.Append(key.Length == 1 ? string.Empty : "(");
        for (var i = 0; i < key.Length; i++)
        {
            sql.Append(i == 0 ? string.Empty : ", ").Argument(new SqlArgument(key[i]));
        }

        sql.Append(key.Length == 1 ? string.Empty : ")");
    }
}
