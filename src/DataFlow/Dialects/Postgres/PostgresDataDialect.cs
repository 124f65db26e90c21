using System.Data.Common;
using DataFlow.Data;
using DataFlow.Schema;
using Npgsql;
using NpgsqlTypes;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// PostgreSQL spellings for the data operations: positional <c>$n</c> parameters (no client-side SQL rewriting),
/// <c>IS DISTINCT FROM</c>, <c>ILIKE</c>, <c>~</c>, <c>@&gt;</c> for arrays and JSON, and text casts for column types
/// Npgsql cannot read without a plugin.
/// </summary>
internal sealed partial class PostgresDataDialect : IDataDialect
{
    /// <inheritdoc />
    public ILiveCatalog LiveCatalog { get; } = new PostgresLiveCatalog();

    /// <inheritdoc />
    public Expressions.IExpressionSql Expressions { get; } = new PostgresExpressionSql();

    /// <inheritdoc />
    public Nodes.Maintenance.IMetricsReader Metrics { get; } = new PostgresMetricsReader();

    /// <inheritdoc />
    public string Name => "postgresql";

    /// <inheritdoc />
    public int MaxParameters => 65535;

    /// <inheritdoc />
    public bool SupportsDefaultInValues => true;

    /// <inheritdoc />
    public string? InsertedMarker => "(xmax = 0)";

    /// <inheritdoc />
    public string ForUpdate => " FOR UPDATE";

    /// <inheritdoc />
    public string NoLimit => string.Empty;

    /// <inheritdoc />
    public string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <inheritdoc />
    public string TableName(Table table) => table.Schema is null ? Quote(table.Name) : Quote(table.Schema) + "." + Quote(table.Name);

    /// <inheritdoc />
    public string SelectItem(Column column) => column.Type.Kind switch
    {
        LogicalTypeKind.Unknown or LogicalTypeKind.Enum => Quote(column.Name) + "::text AS " + Quote(column.Name),
        LogicalTypeKind.Array when column.Type.ElementType?.Kind is null or LogicalTypeKind.Unknown or LogicalTypeKind.Enum
            => Quote(column.Name) + "::text[] AS " + Quote(column.Name),
        _ => Quote(column.Name),
    };

    /// <inheritdoc />
    public string Placeholder(int index) => "$" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public DbParameter CreateParameter(int index, SqlArgument argument)
    {
        var parameter = new NpgsqlParameter { Value = argument.Value ?? DBNull.Value };
        switch (argument.Kind)
        {
            case ParameterKind.UntypedText:
                parameter.NpgsqlDbType = NpgsqlDbType.Unknown;
                break;
            case ParameterKind.Json:
                parameter.NpgsqlDbType = NpgsqlDbType.Json;
                break;
            case ParameterKind.Jsonb:
                parameter.NpgsqlDbType = NpgsqlDbType.Jsonb;
                break;
        }

        return parameter;
    }

    /// <inheritdoc />
    public SqlArgument Adapt(Column column, SqlArgument argument) => argument;

    /// <inheritdoc />
    public Func<object, object>? ReadConverter(Column column) => null;

    /// <inheritdoc />
    public string DistinctFrom(string left, string right) => left + " IS DISTINCT FROM " + right;

    /// <inheritdoc />
    public string Like(string column, string pattern) => column + " LIKE " + pattern;

    /// <inheritdoc />
    public string LikePattern(string pattern) => pattern;

    /// <inheritdoc />
    public string ILike(string column, string pattern) => column + " ILIKE " + pattern;

    /// <inheritdoc />
    public string Regex(string column, string pattern) => column + " ~ " + pattern;

    /// <inheritdoc />
    public string? Contains(Column column, string columnSql, string value) =>
        column.Type.Kind == LogicalTypeKind.Json && column.RawType.Equals("json", StringComparison.OrdinalIgnoreCase)
            ? columnSql + "::jsonb @> " + value + "::jsonb"
            : columnSql + " @> " + value;

    /// <inheritdoc />
    public bool IsDriverError(Exception exception) => PostgresErrorTranslator.IsDriverError(exception);

    /// <inheritdoc />
    public bool IsMissingTable(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };

    /// <inheritdoc />
    public DataFlowException Translate(Exception exception, string model, string operation)
    {
        if (exception is PostgresException server)
        {
            var detail = server.MessageText + (server.Detail is { Length: > 0 } d ? " (" + d + ")" : string.Empty);
            return server.SqlState switch
            {
                _ when server.SqlState.StartsWith("23", StringComparison.Ordinal) => DataFlowErrors.ConstraintViolation(model, detail, exception),
                _ when server.SqlState.StartsWith("22", StringComparison.Ordinal) => DataFlowErrors.InvalidValue(model, detail, exception),
                PostgresErrorCodes.QueryCanceled => DataFlowErrors.CommandFailed(model, operation, "the command timed out or was cancelled (" + detail + ")", exception),
                _ => DataFlowErrors.CommandFailed(model, operation, server.SqlState + " " + detail, exception),
            };
        }

        return DataFlowErrors.CommandFailed(model, operation, exception.Message, exception);
    }
}
