using DataFlow.Dialects.Postgres;

namespace DataFlow.Tests.Models;

/// <summary>PostgreSQL bulk create through binary COPY: every type, NULLs, the threshold, defaults and computed columns.</summary>
public sealed class PostgresBulkCopyTests(BulkCopyDatabase database) : IClassFixture<BulkCopyDatabase>
{
    private static readonly Guid Uuid = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");

    [Fact]
    public async Task Copy_writes_every_supported_type_and_null_exactly_as_insert_does()
    {
        await using var db = await database.RegisteredAsync();
        await db.Express.BulkCreateAsync("typed", [Full("by-insert"), Nulls("nulls-by-insert")]);
        var smallCall = await database.StatementsAsync();
        await database.ExecuteAsync("TRUNCATE statement_log");
        var big = new List<object> { Full("by-copy"), Nulls("nulls-by-copy") };
        big.AddRange(Enumerable.Range(0, PostgresBulkCopier.Threshold).Select(i => Full("filler-" + i)));

        var result = await db.Express.BulkCreateAsync("typed", big);

        Assert.Equal("INSERT", smallCall);
        Assert.Equal("COPY", await database.StatementsAsync());
        Assert.Equal(big.Count, result.Inserted);
        var byInsert = await RowAsync(db, "by-insert");
        var byCopy = await RowAsync(db, "by-copy");
        foreach (var column in byInsert.Keys.Where(c => c is not ("id" or "label" or "created_at")))
        {
            Assert.Equal(byInsert[column], byCopy[column]);
        }

        var nullsByInsert = await RowAsync(db, "nulls-by-insert");
        var nullsByCopy = await RowAsync(db, "nulls-by-copy");
        Assert.All(nullsByCopy.Where(p => p.Key is not ("id" or "label" or "created_at" or "note")), p => Assert.Null(p.Value));
        Assert.Equal(nullsByInsert.Count(p => p.Value is null), nullsByCopy.Count(p => p.Value is null));
        Assert.Equal((short)2, byCopy["i2"]);
        Assert.Equal(123.456m, byCopy["num"]);
        Assert.Equal(new DateTime(2024, 5, 6, 5, 8, 9, DateTimeKind.Utc), byCopy["tstz"]);
        Assert.Equal(new DateTime(2024, 5, 6, 7, 8, 9), byCopy["ts"]);
        Assert.Equal(new DateOnly(2024, 2, 29), byCopy["d"]);
        Assert.Equal(TimeSpan.FromHours(26.5), byCopy["iv"]);
        Assert.Equal(Uuid, byCopy["u"]);
        Assert.Equal("{\"a\":1}", byCopy["j"]);
        Assert.Equal(new byte[] { 0, 1, 255 }, byCopy["b"]);
        Assert.Equal(new[] { 1, 2, 3 }, byCopy["ints"]);
        Assert.Equal(new[] { "x", null, "z" }, byCopy["texts"]);
        Assert.Equal("happy", byCopy["feeling"]);
        Assert.Equal("HÉLLO", byCopy["shout"]);
    }

    [Fact]
    public async Task Insert_is_used_below_the_threshold_and_copy_from_it()
    {
        await using var db = await database.RegisteredAsync();
        var below = Enumerable.Range(0, PostgresBulkCopier.Threshold - 1).Select(i => (object)new { label = "below-" + i }).ToList();
        var at = Enumerable.Range(0, PostgresBulkCopier.Threshold).Select(i => (object)new { label = "at-" + i }).ToList();

        var first = await db.Express.BulkCreateAsync("typed", below);
        var second = await db.Express.BulkCreateAsync("typed", at, batchSize: 150);

        Assert.Equal("INSERT,COPY", await database.StatementsAsync());
        Assert.Equal((PostgresBulkCopier.Threshold - 1L, 1), (first.Inserted, first.Batches));
        Assert.Equal((PostgresBulkCopier.Threshold, 2), (second.Inserted, second.Batches));
        Assert.Equal(2L * PostgresBulkCopier.Threshold - 1, await db.Express.CountAsync("typed"));
    }

    [Fact]
    public async Task Copied_rows_get_the_database_defaults_identity_and_generated_values()
    {
        await using var db = await database.RegisteredAsync();
        var records = Enumerable.Range(0, 300).Select(i => (object)new { label = "row-" + i, txt = "t" + i }).ToList();

        await db.Express.BulkCreateAsync("typed", records);

        Assert.Equal("COPY", await database.StatementsAsync());
        var rows = await db.Express.ListAsync("typed", limit: null);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), rows.Select(r => (long)r["id"]!));
        Assert.All(rows, r => Assert.Equal("fresh", r["note"]));
        Assert.All(rows, r => Assert.IsType<DateTime>(r["created_at"]));
        Assert.All(rows, r => Assert.Equal(((string)r["txt"]!).ToUpperInvariant(), r["shout"]));
    }

    [Fact]
    public async Task A_value_for_the_identity_or_generated_column_is_refused_before_anything_is_copied()
    {
        await using var db = await database.RegisteredAsync();
        var records = Enumerable.Range(0, 300).Select(i => (object)new { label = "row-" + i, shout = "X" }).ToList();

        var error = await Assert.ThrowsAsync<DataFlowDataException>(() => db.Express.BulkCreateAsync("typed", records));

        Assert.Equal(ErrorCodes.ColumnNotWritable, error.Code);
        Assert.Equal(string.Empty, await database.StatementsAsync());
    }

    private static async Task<IReadOnlyDictionary<string, object?>> RowAsync(DataFlowDb db, string label) =>
        Assert.Single(await db.Express.ListAsync("typed", Filter.Eq("label", label)));

    internal static Dictionary<string, object?> Full(string label) => new()
    {
        ["label"] = label, ["i2"] = 2, ["i4"] = 4, ["i8"] = 8L, ["f4"] = 1.5f, ["f8"] = 2.25, ["num"] = 123.456m, ["flag"] = true,
        ["txt"] = "héllo", ["vc"] = "varchar", ["ch"] = "ab", ["ts"] = new DateTime(2024, 5, 6, 7, 8, 9),
        ["tstz"] = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)), ["d"] = new DateOnly(2024, 2, 29),
        ["t"] = new TimeOnly(13, 14, 15), ["iv"] = TimeSpan.FromHours(26.5), ["u"] = Uuid, ["j"] = new { a = 1 },
        ["jb"] = "{\"b\": [1, 2]}", ["b"] = new byte[] { 0, 1, 255 }, ["ints"] = new[] { 1, 2, 3 },
        ["texts"] = new[] { "x", null, "z" }, ["feeling"] = "happy",
    };

    private static Dictionary<string, object?> Nulls(string label) =>
        Full(label).ToDictionary(p => p.Key, p => p.Key == "label" ? p.Value : null);
}
