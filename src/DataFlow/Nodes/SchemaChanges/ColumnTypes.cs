using System.Globalization;
using System.Text.RegularExpressions;
using DataFlow.Connections;
using DataFlow.Dialects.Sqlite;
using DataFlow.Schema;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>
/// Maps the seed's portable column types (<c>varchar(20)</c>, <c>text</c>, <c>decimal(10,2)</c>, <c>jsonb</c>,
/// <c>timestamp</c>, <c>boolean</c>, …) to the type each dialect stores, with its logical type. A type DataFlow does not
/// know, or one the dialect cannot store (<c>interval</c>, <c>inet</c> or an array on SQLite), is a <c>DF-SCHEMA-001</c> error.
/// </summary>
internal static partial class ColumnTypes
{
    private sealed record Spec(string Postgres, string? Sqlite, Func<int?, int?, LogicalType> Logical, int MaxArguments = 0);

    private static readonly Dictionary<string, Spec> Specs = new(StringComparer.Ordinal)
    {
        ["varchar"] = new("varchar", "VARCHAR", (n, _) => LogicalType.String(n), 1),
        ["character varying"] = new("varchar", "VARCHAR", (n, _) => LogicalType.String(n), 1),
        ["char"] = new("char", "CHAR", (n, _) => LogicalType.String(n ?? 1, fixedLength: true), 1),
        ["text"] = new("text", "TEXT", (_, _) => LogicalType.String()),
        ["integer"] = new("integer", "INTEGER", (_, _) => LogicalType.Of(LogicalTypeKind.Int32)),
        ["int"] = new("integer", "INTEGER", (_, _) => LogicalType.Of(LogicalTypeKind.Int32)),
        ["bigint"] = new("bigint", "BIGINT", (_, _) => LogicalType.Of(LogicalTypeKind.Int64)),
        ["smallint"] = new("smallint", "SMALLINT", (_, _) => LogicalType.Of(LogicalTypeKind.Int16)),
        ["decimal"] = new("numeric", "DECIMAL", (p, s) => LogicalType.Decimal(p, s), 2),
        ["numeric"] = new("numeric", "DECIMAL", (p, s) => LogicalType.Decimal(p, s), 2),
        ["real"] = new("real", "REAL", (_, _) => LogicalType.Of(LogicalTypeKind.Float32)),
        ["double precision"] = new("double precision", "REAL", (_, _) => LogicalType.Of(LogicalTypeKind.Float64)),
        ["float"] = new("double precision", "REAL", (_, _) => LogicalType.Of(LogicalTypeKind.Float64)),
        ["boolean"] = new("boolean", "BOOLEAN", (_, _) => LogicalType.Of(LogicalTypeKind.Boolean)),
        ["bool"] = new("boolean", "BOOLEAN", (_, _) => LogicalType.Of(LogicalTypeKind.Boolean)),
        ["timestamp"] = new("timestamp", "TIMESTAMP", (_, _) => LogicalType.Of(LogicalTypeKind.DateTime)),
        ["timestamptz"] = new("timestamptz", "TIMESTAMPTZ", (_, _) => LogicalType.Of(LogicalTypeKind.DateTimeWithZone)),
        ["date"] = new("date", "DATE", (_, _) => LogicalType.Of(LogicalTypeKind.Date)),
        ["time"] = new("time", "TIME", (_, _) => LogicalType.Of(LogicalTypeKind.Time)),
        ["uuid"] = new("uuid", "UUID", (_, _) => LogicalType.Of(LogicalTypeKind.Uuid)),
        ["json"] = new("json", "JSON", (_, _) => LogicalType.Of(LogicalTypeKind.Json)),
        ["jsonb"] = new("jsonb", "JSON", (_, _) => LogicalType.Of(LogicalTypeKind.Json)),
        ["bytea"] = new("bytea", "BLOB", (_, _) => LogicalType.Of(LogicalTypeKind.Binary)),
        ["blob"] = new("bytea", "BLOB", (_, _) => LogicalType.Of(LogicalTypeKind.Binary)),
        ["interval"] = new("interval", null, (_, _) => LogicalType.Of(LogicalTypeKind.Interval)),
        ["inet"] = new("inet", null, (_, _) => LogicalType.Of(LogicalTypeKind.String)),
        ["cidr"] = new("cidr", null, (_, _) => LogicalType.Of(LogicalTypeKind.String)),
        ["tsvector"] = new("tsvector", null, (_, _) => LogicalType.Of(LogicalTypeKind.String)),
    };

    /// <summary>The type names DataFlow maps (for error hints and docs).</summary>
    public static IReadOnlyList<string> Known { get; } = [.. Specs.Keys];

    /// <summary>The column type as <paramref name="kind"/> stores it: the raw type for DDL and the logical type.</summary>
    /// <exception cref="DataFlowConfigurationException"><c>DF-SCHEMA-001</c>.</exception>
    public static (string RawType, LogicalType Type) Map(string nodeId, string written, DatabaseKind kind)
    {
        var dialect = kind == DatabaseKind.PostgreSql ? "PostgreSQL" : "SQLite";
        var match = TypePattern().Match(written.Trim().ToLowerInvariant());
        if (!match.Success)
        {
            throw DataFlowErrors.SchemaColumnType(nodeId, written, dialect, "it is not a type name with an optional (n) or (p,s)");
        }

        var name = Regex.Replace(match.Groups["name"].Value, @"\s+", " ");
        var arguments = match.Groups["args"].Success
            ? match.Groups["args"].Value.Split(',').Select(a => int.Parse(a.Trim(), CultureInfo.InvariantCulture)).ToList()
            : [];
        var isArray = match.Groups["array"].Success;
        if (!Specs.TryGetValue(name, out var spec))
        {
            throw DataFlowErrors.SchemaColumnType(nodeId, written, dialect, "DataFlow does not know this type");
        }

        if (arguments.Count > spec.MaxArguments)
        {
            throw DataFlowErrors.SchemaColumnType(nodeId, written, dialect, $"{name} takes at most {spec.MaxArguments} size argument{(spec.MaxArguments == 1 ? "" : "s")}");
        }

        var size = arguments.Count == 0 ? string.Empty : "(" + string.Join(",", arguments) + ")";
        var first = arguments.Count > 0 ? arguments[0] : (int?)null;
        var second = arguments.Count > 1 ? arguments[1] : (int?)null;
        var logical = spec.Logical(first, second);
        if (kind == DatabaseKind.PostgreSql)
        {
            return isArray ? (spec.Postgres + size + "[]", LogicalType.ArrayOf(logical)) : (spec.Postgres + size, logical);
        }

        if (spec.Sqlite is null || isArray)
        {
            throw DataFlowErrors.SchemaColumnType(nodeId, written, dialect, isArray ? "SQLite has no array types" : $"SQLite has no type that stores {name} values faithfully");
        }

        var raw = spec.Sqlite + size;
        return (raw, SqliteTypeMapper.Map(raw));
    }

    /// <summary>
    /// The logical type of a type as the catalog spells it (<c>character varying(50)</c>, <c>numeric(10,2)</c>), with its
    /// size, or null when it is not one of the mapped names. The live catalog leaves sizes out; narrowing checks need them.
    /// </summary>
    public static LogicalType? TryLogical(string rawType, DatabaseKind kind)
    {
        try
        {
            return Map("catalog", rawType, kind).Type;
        }
        catch (DataFlowConfigurationException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?<name>[a-z][a-z ]*?)\s*(\(\s*(?<args>\d+(\s*,\s*\d+)?)\s*\))?(?<array>\[\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();
}
