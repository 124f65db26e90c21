using System.Data.Common;
using DataFlow.Connections;
using DataFlow.Data;
using DataFlow.Data.Bulk;
using DataFlow.Schema;

namespace DataFlow.Dialects;

/// <summary>
/// What the data operations (model nodes, Express API) need from an engine beyond discovery: quoting, parameter
/// placeholders and binding, the few SQL spellings that differ, and translating driver errors. The statements
/// themselves are built once, engine-neutrally, in <c>Data/</c>.
/// </summary>
internal interface IDataDialect
{
    /// <summary>The dialect name used in messages (<c>sqlite</c>, <c>postgresql</c>).</summary>
    string Name { get; }

    /// <summary>The most parameters one statement may have.</summary>
    int MaxParameters { get; }

    /// <summary>True when <c>DEFAULT</c> may stand for a value in a multi-row <c>VALUES</c> list.</summary>
    bool SupportsDefaultInValues { get; }

    /// <summary>A <c>RETURNING</c> item that is true for inserted (not updated) rows of an upsert, or null when the engine has none.</summary>
    string? InsertedMarker { get; }

    /// <summary>The clause that locks selected rows until the transaction ends (empty where the engine locks the database).</summary>
    string ForUpdate { get; }

    /// <summary>What precedes <c>OFFSET</c> when there is no limit (SQLite needs <c> LIMIT -1</c>).</summary>
    string NoLimit { get; }

    /// <summary>Quotes an identifier.</summary>
    string Quote(string identifier);

    /// <summary>The quoted, schema-qualified name of a table.</summary>
    string TableName(Table table);

    /// <summary>The select-list item for a column (a cast to text for types the driver cannot read).</summary>
    string SelectItem(Column column);

    /// <summary>The placeholder of the parameter at <paramref name="index"/> (0-based).</summary>
    string Placeholder(int index);

    /// <summary>Creates the driver parameter for the placeholder at <paramref name="index"/>.</summary>
    DbParameter CreateParameter(int index, SqlArgument argument);

    /// <summary>Converts a value already checked for <paramref name="column"/> into what this engine stores.</summary>
    SqlArgument Adapt(Column column, SqlArgument argument);

    /// <summary>A converter for values read from <paramref name="column"/>, or null when the driver's value is right as it is.</summary>
    Func<object, object>? ReadConverter(Column column);

    /// <summary><c>left IS DISTINCT FROM right</c> (NULL-safe inequality).</summary>
    string DistinctFrom(string left, string right);

    /// <summary>A case-sensitive LIKE with backslash as escape character; <paramref name="pattern"/> is the placeholder.</summary>
    string Like(string column, string pattern);

    /// <summary>The parameter value for <see cref="Like"/>, from the user's LIKE pattern.</summary>
    string LikePattern(string pattern);

    /// <summary>A case-insensitive LIKE with backslash as escape character.</summary>
    string ILike(string column, string pattern);

    /// <summary>A regular-expression match.</summary>
    string Regex(string column, string pattern);

    /// <summary>Array or JSON containment, or null when the engine has none.</summary>
    string? Contains(Column column, string columnSql, string value);

    /// <summary>Runs a query on <paramref name="session"/> and returns its rows' reader (the engine's fastest way to read values).</summary>
    Task<IRowReader> OpenReaderAsync(DataSession session, string text, IReadOnlyList<SqlArgument> arguments, CancellationToken cancellationToken);

    /// <summary>The engine's fast path for inserting many records (PostgreSQL binary COPY, one reused SQLite statement).</summary>
    IBulkInserter BulkInserter { get; }

    /// <summary>The catalog reads of the data nodes, on their own session.</summary>
    ILiveCatalog LiveCatalog { get; }

    /// <summary>The engine's spellings of the data nodes' expression language.</summary>
    Expressions.IExpressionSql Expressions { get; }

    /// <summary>The engine's table and index statistics for <c>MonitoringNode</c>.</summary>
    Nodes.Maintenance.IMetricsReader Metrics { get; }

    /// <summary>The connector that opens the data connections of <paramref name="target"/> (built once per database).</summary>
    IDataConnector Connector(ConnectionTarget target, ConnectionSettings settings);

    /// <summary>Prepares a freshly opened connection (functions such as <c>regexp</c> on SQLite).</summary>
    void Prepare(DbConnection connection);

    /// <summary>Applies a transaction timeout (PostgreSQL <c>SET LOCAL statement_timeout</c>; SQLite: the busy timeout of its commands).</summary>
    Task ApplyTransactionTimeoutAsync(DbConnection connection, DbTransaction transaction, TimeSpan? timeout, CancellationToken cancellationToken);

    /// <summary>True for exceptions of this engine's driver.</summary>
    bool IsDriverError(Exception exception);

    /// <summary>True when <paramref name="exception"/> says a table does not exist.</summary>
    bool IsMissingTable(Exception exception);

    /// <summary>Translates a driver error of a data operation on <paramref name="model"/>.</summary>
    DataFlowException Translate(Exception exception, string model, string operation);
}
