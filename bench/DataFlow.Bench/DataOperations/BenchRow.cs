namespace DataFlow.Bench.DataOperations;

/// <summary>One generated row of <c>bench_rows</c>: eight columns of mixed types, as a hand-written program would hold them.</summary>
internal sealed record BenchRow(long Id, int Qty, decimal Amount, string Name, bool Active, DateTime CreatedAt, DateOnly? Day, Guid Ref)
{
    /// <summary>The column names, in table order.</summary>
    public static readonly string[] Columns = ["id", "qty", "amount", "name", "active", "created_at", "day", "ref"];

    /// <summary>Deterministic rows with ids 1..<paramref name="count"/>; every tenth <c>day</c> is NULL.</summary>
    public static BenchRow[] Generate(int count)
    {
        var random = new Random(20261121);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var rows = new BenchRow[count];
        for (var i = 0; i < count; i++)
        {
            var id = i + 1L;
            rows[i] = new BenchRow(
                id,
                random.Next(0, 1000),
                decimal.Round((decimal)random.NextDouble() * 10_000m, 2),
                "customer-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                id % 3 != 0,
                start.AddSeconds(id * 7),
                id % 10 == 0 ? null : DateOnly.FromDateTime(start.AddDays(id % 365)),
                new Guid(random.Next(), (short)random.Next(), (short)random.Next(), 1, 2, 3, 4, 5, 6, 7, (byte)(id % 256)));
        }

        return rows;
    }

    /// <summary>The row as the record a DataFlow user passes: a dictionary of the columns' own CLR values.</summary>
    public Dictionary<string, object?> ToRecord(object qty, DateTime createdAt) => new(8, StringComparer.Ordinal)
    {
        ["id"] = Id,
        ["qty"] = qty,
        ["amount"] = Amount,
        ["name"] = Name,
        ["active"] = Active,
        ["created_at"] = createdAt,
        ["day"] = Day,
        ["ref"] = Ref,
    };
}
