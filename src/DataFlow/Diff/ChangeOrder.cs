namespace DataFlow.Diff;

/// <summary>The deterministic order of changes: object kind, path, property, action.</summary>
internal sealed class ChangeOrder : IComparer<SchemaChange>
{
    /// <summary>The one instance.</summary>
    public static ChangeOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(SchemaChange? x, SchemaChange? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = x.Kind.CompareTo(y.Kind);
        if (order == 0)
        {
            order = string.CompareOrdinal(x.Path, y.Path);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Property, y.Property);
        }

        if (order == 0)
        {
            order = x.Action.CompareTo(y.Action);
        }

        return order == 0 ? string.CompareOrdinal(x.After ?? x.Before, y.After ?? y.Before) : order;
    }
}
