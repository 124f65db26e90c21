namespace DataFlow.Tests.Models;

/// <summary>Streaming reads (<c>db.Express.StreamAsync</c>): every row, in order, cancellable, releasing the connection.</summary>
public abstract partial class ModelSpec
{
    [Fact]
    public async Task Streaming_returns_every_row_in_key_order_and_honours_filter_order_and_projection()
    {
        await using var db = await RegisteredAsync();
        await db.Express.BulkCreateAsync("products", Enumerable.Range(0, 300).Select(i => (object)new { sku = $"S{299 - i:000}", title = "t" + i, price = i % 7 }));

        var all = await ToListAsync(db.Express.StreamAsync("products"));
        var cheap = await ToListAsync(db.Express.StreamAsync("products", Filter.Lt("price", 3), orderBy: "-sku", fields: new[] { "sku", "price" }, limit: 50, offset: 5));

        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"S{i:000}"), all.Select(r => (string)r["sku"]!));
        Assert.Equal(await db.Express.ListAsync("products", limit: null), all);
        Assert.Equal(await db.Express.ListAsync("products", Filter.Lt("price", 3), limit: 50, offset: 5, orderBy: "-sku", fields: new[] { "sku", "price" }), cheap);
        Assert.Equal(["sku", "price"], cheap[0].Keys);
        Assert.Equal(50, cheap.Count);
    }

    [Fact]
    public async Task Streaming_can_be_cancelled_mid_stream_and_gives_its_connection_back()
    {
        await using var db = await RegisteredAsync();
        await db.Express.BulkCreateAsync("products", Enumerable.Range(0, 500).Select(i => (object)new { sku = $"S{i:000}", title = "t" }));
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var record in db.Express.StreamAsync("products").WithCancellation(cancellation.Token))
            {
                if (++read == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        await foreach (var first in db.Express.StreamAsync("products"))
        {
            break;
        }

        var written = await db.Express.BulkCreateAsync("products", [new { sku = "NEW", title = "n" }]);

        Assert.Equal(10, read);
        Assert.Equal(1, written.Inserted);
        Assert.Equal(501, await db.Express.CountAsync("products"));
    }

    [Fact]
    public async Task Streaming_checks_the_model_filter_and_fields_when_called_not_when_enumerated()
    {
        await using var db = await RegisteredAsync();

        var unknownField = Assert.Throws<DataFlowDataException>(() => db.Express.StreamAsync("products", Filter.Eq("nope", 1)));
        var unknownColumn = Assert.Throws<DataFlowDataException>(() => db.Express.StreamAsync("products", fields: new[] { "sku", "nope" }));

        Assert.Equal(ErrorCodes.UnknownField, unknownField.Code);
        Assert.Equal("filter.nope", unknownField.Path);
        Assert.Equal(ErrorCodes.UnknownField, unknownColumn.Code);
    }

    private static async Task<List<IReadOnlyDictionary<string, object?>>> ToListAsync(IAsyncEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var list = new List<IReadOnlyDictionary<string, object?>>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }

        return list;
    }
}
