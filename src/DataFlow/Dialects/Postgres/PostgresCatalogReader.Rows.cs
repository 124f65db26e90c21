using Npgsql;

namespace DataFlow.Dialects.Postgres;

internal static partial class PostgresCatalogReader
{
    private static PostgresCatalog.RelationRow ReadRelation(NpgsqlDataReader r) => new(
        r.GetFieldValue<uint>(0), r.GetString(1), r.GetString(2), Code(r, 3), r.GetBoolean(4), r.GetBoolean(5), r.GetBoolean(6),
        Text(r, 7), Text(r, 8), Text(r, 9), Text(r, 10));

    private static PostgresCatalog.ColumnRow ReadColumn(NpgsqlDataReader r) => new(
        r.GetFieldValue<uint>(0), r.GetInt16(1), r.GetString(2), Text(r, 3), r.GetFieldValue<uint>(4), r.GetInt32(5),
        r.GetBoolean(6), Text(r, 7), Code(r, 8), Code(r, 9), r.GetFieldValue<uint>(10));

    private static (uint RelationOid, short AttributeNumber) ReadSerialColumn(NpgsqlDataReader r) => (r.GetFieldValue<uint>(0), r.GetInt16(1));

    private static PostgresCatalog.ConstraintRow ReadConstraint(NpgsqlDataReader r) => new(
        r.GetFieldValue<uint>(0), r.GetString(1), Code(r, 2), Array<short>(r, 3), Text(r, 4), Text(r, 5),
        r.GetFieldValue<uint>(6), Array<short>(r, 7), Array<string>(r, 8), Code(r, 9), Code(r, 10), Code(r, 11),
        r.GetBoolean(12), r.GetBoolean(13), r.GetBoolean(14), Text(r, 15), r.GetBoolean(16));

    private static PostgresCatalog.IndexRow ReadIndex(NpgsqlDataReader r) => new(
        r.GetFieldValue<uint>(0), r.GetString(1), r.GetBoolean(2), r.GetBoolean(3), Text(r, 4), r.GetInt16(5),
        r.GetFieldValue<short[]>(6), r.GetFieldValue<short[]>(7), r.GetFieldValue<uint[]>(8), r.GetFieldValue<uint[]>(9),
        Array<string?>(r, 10), Array<uint>(r, 11), Text(r, 12));

    private static (char Kind, uint Oid, string Name) ReadIndexName(NpgsqlDataReader r) => (Code(r, 0), r.GetFieldValue<uint>(1), r.GetString(2));

    private static PostgresCatalog.TypeRow ReadType(NpgsqlDataReader r) => new(
        r.GetFieldValue<uint>(0), r.GetString(1), r.GetString(2), Code(r, 3), r.GetBoolean(4), r.GetFieldValue<uint>(5),
        r.GetFieldValue<uint>(6), r.GetInt32(7), r.GetString(8), r.GetFieldValue<uint>(9));

    private static PostgresCatalog.EnumRow ReadEnum(NpgsqlDataReader r) => new(
        r.GetFieldValue<uint>(0), r.GetString(1), r.GetString(2), r.GetFieldValue<string[]>(3));

    private static PostgresCatalog.DomainRow ReadDomain(NpgsqlDataReader r) => new(
        r.GetFieldValue<uint>(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<uint>(4), r.GetInt32(5),
        r.GetBoolean(6), Text(r, 7), Text(r, 8));

    private static PostgresCatalog.DomainCheckRow ReadDomainCheck(NpgsqlDataReader r) => new(
        r.GetFieldValue<uint>(0), r.GetString(1), r.GetString(2), r.GetBoolean(3));

    private static PostgresCatalog.SequenceRow ReadSequence(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetFieldValue<uint>(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6),
        r.GetInt64(7), r.GetBoolean(8), r.IsDBNull(9) ? null : r.GetFieldValue<uint>(9), r.IsDBNull(10) ? (short)0 : r.GetInt16(10),
        Text(r, 11), r.GetBoolean(12));

    private static (char Kind, uint Oid, int SubId, string Text) ReadComment(NpgsqlDataReader r) =>
        (Code(r, 0), r.GetFieldValue<uint>(1), r.GetInt32(2), r.GetString(3));

    private static PostgresCatalog.UnsupportedRow ReadUnsupported(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1));

    // "char" codes are read as text: Npgsql cannot read "char" without its type loading (Server Compatibility Mode=NoTypeLoading).
    private static char Code(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) || r.GetString(ordinal) is not [var code, ..] ? '\0' : code;

    private static string? Text(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static T[]? Array<T>(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetFieldValue<T[]>(ordinal);
}
