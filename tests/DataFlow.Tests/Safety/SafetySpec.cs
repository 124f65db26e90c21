namespace DataFlow.Tests.Safety;

/// <summary>What the safety-kit specs need from a dialect: run SQL, read a value, and read a column's nullability.</summary>
public abstract class SafetySpec
{
    protected abstract string Url { get; }

    protected abstract bool IsPostgres { get; }

    protected abstract Task ExecuteAsync(string sql);

    protected abstract Task<object?> ScalarAsync(string sql);

    /// <summary>Null when the column does not exist, else whether it is nullable.</summary>
    protected Task<bool?> NullableAsync(string table, string column) => IsPostgres
        ? ScalarAsync($"SELECT is_nullable = 'YES' FROM information_schema.columns WHERE table_name = '{table}' AND column_name = '{column}'")
            .ContinueWith(t => t.Result is bool b ? b : (bool?)null, TaskScheduler.Default)
        : ScalarAsync($"SELECT \"notnull\" = 0 FROM pragma_table_info('{table}') WHERE name = '{column}'")
            .ContinueWith(t => t.Result is long l ? l == 1 : (bool?)null, TaskScheduler.Default);

    protected async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    protected DataFlowDb Db(bool existingSchemaMode = false) => new(new DataFlowOptions { DatabaseUrl = Url, ExistingSchemaMode = existingSchemaMode });

    /// <summary>A progress sink that runs synchronously (Progress&lt;T&gt; posts to the thread pool, too late to cancel a run).</summary>
    protected sealed class Sink<T>(Action<T> action) : IProgress<T>
    {
        public List<T> Reports { get; } = [];

        public void Report(T value)
        {
            Reports.Add(value);
            action(value);
        }
    }
}
