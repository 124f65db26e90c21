using System.Globalization;

namespace DataFlow.Bench.Generation;

/// <summary>SQLite spelling: declared types as real schemas write them (uuid and JSON as TEXT); INTEGER primary key is the rowid.</summary>
internal sealed class SqliteDdl : DdlRenderer
{
    protected override string TypeOf(GeneratedColumn column) => column.Kind switch
    {
        ColumnKind.Identity => "INTEGER",
        ColumnKind.BigInt => "BIGINT",
        ColumnKind.Int => "INTEGER",
        ColumnKind.Text or ColumnKind.Uuid or ColumnKind.Json => "TEXT",
        ColumnKind.Varchar => string.Create(CultureInfo.InvariantCulture, $"VARCHAR({column.Length})"),
        ColumnKind.Numeric => string.Create(CultureInfo.InvariantCulture, $"NUMERIC({column.Precision},{column.Scale})"),
        ColumnKind.Bool => "BOOLEAN",
        ColumnKind.Timestamp => "TIMESTAMP",
        ColumnKind.TimestampWithZone => "DATETIME",
        ColumnKind.Date => "DATE",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "no SQLite type"),
    };

    protected override string? DefaultOf(ColumnDefault value) => value switch
    {
        ColumnDefault.Zero => "0",
        ColumnDefault.True => "1",
        ColumnDefault.Now => "CURRENT_TIMESTAMP",
        ColumnDefault.StatusNew => "'new'",
        _ => null,
    };
}
