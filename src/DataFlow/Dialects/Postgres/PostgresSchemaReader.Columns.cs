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
            RawType = row.RawType ?? FormattedType(row.TypeOid, row.TypeModifier) ?? _types.DisplayName(row.TypeOid),
            Type = _types.MapColumn(row.TypeOid, row.TypeModifier),
            IsNullable = !row.NotNull,
            Default = generated == GeneratedKind.None ? row.Default : null,
            Identity = Identity(row, _catalog.SerialColumns),
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

    private static IdentityKind Identity(PostgresCatalog.ColumnRow row, IReadOnlySet<(uint RelationOid, short AttributeNumber)> serialColumns) => row.Identity switch
    {
        'a' => IdentityKind.Always,
        'd' => IdentityKind.ByDefault,
        _ when row.Default?.StartsWith("nextval(", StringComparison.Ordinal) == true
            && serialColumns.Contains((row.RelationOid, row.AttributeNumber)) => IdentityKind.Serial,
        _ => IdentityKind.None,
    };

    /// <summary>
    /// <see cref="PostgresTypeModifiers.Format"/>, once per type and modifier: the columns of a schema share a few
    /// dozen of them, and the model's strings are immutable.
    /// </summary>
    private string? FormattedType(uint typeOid, int typeModifier)
    {
        if (!_formattedTypes.TryGetValue((typeOid, typeModifier), out var text))
        {
            text = PostgresTypeModifiers.Format(typeOid, typeModifier);
            _formattedTypes.Add((typeOid, typeModifier), text);
        }

        return text;
    }
}
