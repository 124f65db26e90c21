namespace DataFlow.Data.Operations;

/// <summary>What to list: filter, page, order and projection (<c>order_by</c> and <c>fields</c> as the user gave them).</summary>
internal sealed record ListQuery
{
    /// <summary>The default page size.</summary>
    public const long DefaultLimit = 10;

    /// <summary>The filter, or null for every row.</summary>
    public object? Filter { get; init; }

    /// <summary>At most this many rows; null for no limit.</summary>
    public long? Limit { get; init; } = DefaultLimit;

    /// <summary>Rows to skip.</summary>
    public long Offset { get; init; }

    /// <summary>The sort order as given; null sorts by the primary key.</summary>
    public object? OrderBy { get; init; }

    /// <summary>The projection as given; null for every column.</summary>
    public object? Fields { get; init; }
}
