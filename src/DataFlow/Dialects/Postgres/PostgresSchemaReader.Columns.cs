using System.Runtime.InteropServices;
using DataFlow.Schema;

namespace DataFlow.Dialects.Postgres;

internal sealed partial class PostgresSchemaReader
{
    private EquatableArray<Column> BuildColumns(uint relationOid)
    {
        var rows = PostgresCatalog.RowsOf(_catalog.ColumnsByRelation, relationOid);
        var columns = new Column[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            // Ordinals count the live columns; comments are keyed by attnum, which has gaps after a DROP COLUMN.
            columns[i] = BuildColumn(rows[i], ordinal: i + 1, _catalog.CommentOn('r', relationOid, rows[i].AttributeNumber));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(columns);
    }

    private Column BuildColumn(PostgresCatalog.ColumnRow row, int ordinal, string? comment)
    {
        var generated = row.Generated switch
        {
            's' => GeneratedKind.Stored,
            'v' => GeneratedKind.Virtual,
            _ => GeneratedKind.None,
        };
        return new Column
        {
            Name = row.Name,
            Ordinal = ordinal,
            RawType = row.RawType ?? PostgresTypeModifiers.Format(row.TypeOid, row.TypeModifier) ?? _types.DisplayName(row.TypeOid),
            Type = _types.MapColumn(row.TypeOid, row.TypeModifier),
            IsNullable = !row.NotNull,
            Default = generated == GeneratedKind.None ? row.Default : null,
            Identity = Identity(row, _catalog.SerialColumns.Contains((row.RelationOid, row.AttributeNumber))),
            Generated = generated,
            GeneratedExpression = generated == GeneratedKind.None ? null : row.Default,
            Collation = ColumnCollation(row),
            Comment = comment,
        };
    }

    /// <summary>The column's collation when it is not its type's default, named as the server names it.</summary>
    private string? ColumnCollation(PostgresCatalog.ColumnRow row) =>
        row.CollationOid == 0 || row.CollationOid == _types.Collation(row.TypeOid)
            ? null
            : _catalog.CollationNames.GetValueOrDefault(row.CollationOid);

    private static IdentityKind Identity(PostgresCatalog.ColumnRow row, bool ownsDefaultSequence) => row.Identity switch
    {
        'a' => IdentityKind.Always,
        'd' => IdentityKind.ByDefault,
        _ when ownsDefaultSequence && row.Default?.StartsWith("nextval(", StringComparison.Ordinal) == true => IdentityKind.Serial,
        _ => IdentityKind.None,
    };
}
