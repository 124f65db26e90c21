using System.Globalization;

namespace DataFlow.Bench.Generation;

/// <summary>
/// Generates a deterministic schema of N tables: 15 columns of mixed types each (nullable and not,
/// some with defaults), a primary key, one or two foreign keys to earlier tables (none for the first),
/// one unique and one composite index.
/// </summary>
internal static class SchemaGenerator
{
    /// <summary>Bump when the generated schema changes, so that kept databases of an older shape are regenerated.</summary>
    public const int Version = 1;

    private static readonly string[] Nouns = ["customer", "order", "invoice", "product", "shipment", "payment", "account", "ticket"];

    public static IReadOnlyList<GeneratedTable> Generate(int tableCount)
    {
        var names = Enumerable.Range(0, tableCount).Select(TableName).ToArray();
        return Enumerable.Range(0, tableCount).Select(i => Table(i, names)).ToList();
    }

    /// <summary>What a tool that reads everything should find in the generated schema.</summary>
    public static SchemaCounts Count(IReadOnlyList<GeneratedTable> tables) => new(
        tables.Count,
        tables.Sum(t => t.Columns.Count),
        tables.Sum(t => t.ForeignKeys.Count),
        tables.Sum(t => t.Indexes.Count));

    private static string TableName(int index) =>
        Nouns[index % Nouns.Length] + "_" + index.ToString("D5", CultureInfo.InvariantCulture);

    private static GeneratedTable Table(int i, string[] names)
    {
        var name = names[i];
        var foreignKeys = new List<GeneratedForeignKey>(2);
        if (i > 0)
        {
            foreignKeys.Add(new GeneratedForeignKey($"fk_{name}_parent", "parent_id", names[i - 1]));
        }

        if (i >= 2 && i % 2 == 0)
        {
            foreignKeys.Add(new GeneratedForeignKey($"fk_{name}_related", "related_id", names[i / 2]));
        }

        GeneratedColumn[] columns =
        [
            new("id", ColumnKind.Identity, Nullable: false),
            new("parent_id", ColumnKind.BigInt, Nullable: i == 0),
            new("related_id", ColumnKind.BigInt, Nullable: true),
            new("code", ColumnKind.Varchar, Nullable: false, Length: 16 + (8 * (i % 5))),
            new("name", ColumnKind.Text, Nullable: false),
            new("description", ColumnKind.Text, Nullable: true),
            new("status", ColumnKind.Varchar, Nullable: false, ColumnDefault.StatusNew, Length: 20),
            new("quantity", ColumnKind.Int, Nullable: false, ColumnDefault.Zero),
            new("price", ColumnKind.Numeric, Nullable: false, ColumnDefault.Zero, Precision: 10 + (i % 9), Scale: 2 + (i % 3)),
            new("is_active", ColumnKind.Bool, Nullable: false, ColumnDefault.True),
            new("created_at", ColumnKind.TimestampWithZone, Nullable: false, ColumnDefault.Now),
            new("updated_at", ColumnKind.Timestamp, Nullable: true),
            new("due_date", ColumnKind.Date, Nullable: true),
            new("external_id", ColumnKind.Uuid, Nullable: false, ColumnDefault.RandomUuid),
            new("metadata", ColumnKind.Json, Nullable: true),
        ];

        GeneratedIndex[] indexes =
        [
            new($"ux_{name}_code", Unique: true, ["code"]),
            new($"ix_{name}_parent_created", Unique: false, ["parent_id", "created_at"]),
        ];

        return new GeneratedTable(name, columns, foreignKeys, indexes);
    }
}
