namespace DataFlow.Annotations;

/// <summary>The database comment of a table, view, column or enum.</summary>
/// <param name="text">The comment.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Enum, AllowMultiple = false)]
public sealed class CommentAttribute(string text) : Attribute
{
    /// <summary>The comment.</summary>
    public string Text { get; } = text;
}
