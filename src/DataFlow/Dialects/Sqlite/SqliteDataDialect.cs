using System.Data.Common;
using System.Text;
using DataFlow.Data;
using DataFlow.Schema;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// SQLite spellings for the data operations: <c>@pN</c> parameters, <c>IS NOT</c> for NULL-safe inequality,
/// case-sensitive <c>$like</c> through <c>GLOB</c> (SQLite's LIKE ignores ASCII case), and a <c>regexp</c>
/// function (.NET regular expressions) registered on each connection. Booleans are read back as booleans.
/// </summary>
internal sealed partial class SqliteDataDialect : IDataDialect
{
    private static readonly string[] Placeholders = [.. Enumerable.Range(0, 256).Select(i => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    private static readonly Func<object, object> ToBoolean = value => value is long number ? number != 0 : value;

    /// <inheritdoc />
    public ILiveCatalog LiveCatalog { get; } = new SqliteLiveCatalog();

    /// <inheritdoc />
    public Expressions.IExpressionSql Expressions { get; } = new SqliteExpressionSql();

    /// <inheritdoc />
    public Nodes.Maintenance.IMetricsReader Metrics { get; } = new SqliteMetricsReader();

    /// <inheritdoc />
    public string Name => "sqlite";

    /// <inheritdoc />
    public int MaxParameters => 32766;

    /// <inheritdoc />
    public bool SupportsDefaultInValues => false;

    /// <inheritdoc />
    public string? InsertedMarker => null;

    /// <inheritdoc />
    public string ForUpdate => string.Empty;

    /// <inheritdoc />
    public string NoLimit => " LIMIT -1";

    /// <inheritdoc />
    public string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <inheritdoc />
    public string TableName(Table table) => Quote(table.Name);

    /// <inheritdoc />
    public string SelectItem(Column column) => Quote(column.Name);

    /// <inheritdoc />
    public string Placeholder(int index) => PlaceholderName(index);

    /// <summary>The name of the parameter at <paramref name="index"/> (<c>@p0</c>, <c>@p1</c>, ...).</summary>
    public static string PlaceholderName(int index) => index < Placeholders.Length ? Placeholders[index] : "@p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public DbParameter CreateParameter(int index, SqlArgument argument) => new SqliteParameter(Placeholder(index), argument.Value ?? DBNull.Value);

    /// <inheritdoc />
    public SqlArgument Adapt(Column column, SqlArgument argument) => argument.Value switch
    {
        Guid guid => new SqlArgument(guid.ToString()),
        _ => argument,
    };

    /// <inheritdoc />
    public Func<object, object>? ReadConverter(Column column) => column.Type.Kind == LogicalTypeKind.Boolean ? ToBoolean : null;

    /// <inheritdoc />
    public string DistinctFrom(string left, string right) => left + " IS NOT " + right;

    /// <inheritdoc />
    public string Like(string column, string pattern) => column + " GLOB " + pattern;

    /// <inheritdoc />
    public string LikePattern(string pattern)
    {
        var glob = new StringBuilder(pattern.Length + 8);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                AppendLiteral(glob, pattern[++i]);
                continue;
            }

            _ = c switch
            {
                '%' => glob.Append('*'),
                '_' => glob.Append('?'),
                _ => AppendLiteral(glob, c),
            };
        }

        return glob.ToString();
    }

    /// <inheritdoc />
    public string ILike(string column, string pattern) => column + " LIKE " + pattern + " ESCAPE '\\'";

    /// <inheritdoc />
    public string Regex(string column, string pattern) => column + " REGEXP " + pattern;

    /// <inheritdoc />
    public string? Contains(Column column, string columnSql, string value) => null;

    /// <inheritdoc />
    public bool IsDriverError(Exception exception) => exception is SqliteException;

    /// <inheritdoc />
    public bool IsMissingTable(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 1 } e && e.Message.Contains("no such table", StringComparison.Ordinal);

    /// <inheritdoc />
    public DataFlowException Translate(Exception exception, string model, string operation) => exception switch
    {
        SqliteException { SqliteErrorCode: 19 } e => DataFlowErrors.ConstraintViolation(model, e.Message.Replace("SQLite Error 19: ", string.Empty, StringComparison.Ordinal).TrimEnd('.'), e),
        SqliteException { SqliteErrorCode: 20 or 25 } e => DataFlowErrors.InvalidValue(model, e.Message, e),
        _ => DataFlowErrors.CommandFailed(model, operation, exception.Message, exception),
    };

    private static StringBuilder AppendLiteral(StringBuilder glob, char c) => c switch
    {
        '*' => glob.Append("[*]"),
        '?' => glob.Append("[?]"),
        '[' => glob.Append("[[]"),
        _ => glob.Append(c),
    };
}
