using System.Text.Json.Serialization;
using DataFlow.Schema;

namespace DataFlow.Snapshots;

/// <summary>
/// Compile-time JSON metadata of the schema model (System.Text.Json's source generator): snapshots and schema hashes
/// read and write members through generated accessors instead of reflection, which the CLI (no run-time code
/// generation, ADR 0015) would otherwise interpret on every member of every column. The output is the same: the
/// options (naming, enums, ignore rules) are still those of <see cref="SchemaSnapshot"/>.
/// </summary>
// EquatableArray has its own converter, so the generator does not follow it to the element types: each is listed.
[JsonSerializable(typeof(SchemaSnapshot.SnapshotDocument))]
[JsonSerializable(typeof(DatabaseSchema))]
[JsonSerializable(typeof(Table))]
[JsonSerializable(typeof(View))]
[JsonSerializable(typeof(EnumType))]
[JsonSerializable(typeof(DomainType))]
[JsonSerializable(typeof(Sequence))]
[JsonSerializable(typeof(SchemaWarning))]
[JsonSerializable(typeof(Column))]
[JsonSerializable(typeof(LogicalType))]
[JsonSerializable(typeof(PrimaryKey))]
[JsonSerializable(typeof(ForeignKey))]
[JsonSerializable(typeof(UniqueConstraint))]
[JsonSerializable(typeof(CheckConstraint))]
[JsonSerializable(typeof(TableIndex))]
[JsonSerializable(typeof(IndexKey))]
[JsonSerializable(typeof(Annotation))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
