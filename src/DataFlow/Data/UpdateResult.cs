namespace DataFlow.Data;

/// <summary>What an update by key did.</summary>
/// <param name="Record">The row after the update, or null when no row has the key.</param>
/// <param name="Changes">The fields whose value changed: <c>{ "name": { "old": "Ada", "new": "Ada L." } }</c>.</param>
public sealed record UpdateResult(IReadOnlyDictionary<string, object?>? Record, IReadOnlyDictionary<string, object?> Changes)
{
    /// <summary>True when a row had the key.</summary>
    public bool Found => Record is not null;
}
