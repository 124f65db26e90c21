using System.Globalization;
using DataFlow.CodeFirst;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

/// <summary>SQLite for code-first models: declared types as written, unnamed constraints, rowid keys.</summary>
internal sealed class SqliteModelDialect : IModelDialect
{
    /// <inheritdoc />
    public string Name => SqliteDialect.DialectName;

    /// <inheritdoc />
    public string? DefaultSchema => null;

    /// <inheritdoc />
    public bool HasSequences => false;

    /// <inheritdoc />
    public string Spell(LogicalType type) => type.Kind switch
    {
        LogicalTypeKind.String when type.Length is { } length => (type.IsFixedLength ? "CHAR(" : "VARCHAR(") + Number(length) + ")",
        LogicalTypeKind.Decimal when type.Precision is { } precision =>
            "NUMERIC(" + Number(precision) + (type.Scale is { } scale ? "," + Number(scale) : "") + ")",
        LogicalTypeKind.Decimal => "NUMERIC",
        LogicalTypeKind.Int16 => "SMALLINT",
        LogicalTypeKind.Int32 or LogicalTypeKind.Int64 => "INTEGER",
        LogicalTypeKind.Float32 or LogicalTypeKind.Float64 => "REAL",
        LogicalTypeKind.Boolean => "BOOLEAN",
        LogicalTypeKind.DateTime => "DATETIME",
        LogicalTypeKind.DateTimeWithZone => "TIMESTAMPTZ",
        LogicalTypeKind.Date => "DATE",
        LogicalTypeKind.Time => "TIME",
        LogicalTypeKind.Uuid => "UUID",
        LogicalTypeKind.Json => "JSON",
        LogicalTypeKind.Binary => "BLOB",
        _ => "TEXT",
    };

    /// <inheritdoc />
    public LogicalType? Parse(string rawType, Func<string, string?> enumName) => SqliteTypeMapper.Map(rawType);

    /// <inheritdoc />
    public IdentityKind ConventionalIdentity(string rawType) =>
        string.Equals(rawType, "INTEGER", StringComparison.OrdinalIgnoreCase) ? IdentityKind.RowIdAlias : IdentityKind.None;

    /// <inheritdoc />
    public string? ConventionalName(ConstraintKind kind, string table, IReadOnlyList<string> columns) =>
        kind == ConstraintKind.Index ? table + "_" + string.Join("_", columns) + "_idx" : null;

    /// <inheritdoc />
    public string DefaultLiteral(object value, string rawType) => value switch
    {
        bool flag => flag ? "1" : "0",
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => "'" + value.ToString()!.Replace("'", "''", StringComparison.Ordinal) + "'",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
