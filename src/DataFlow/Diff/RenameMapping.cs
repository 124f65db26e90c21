namespace DataFlow.Diff;

/// <summary>
/// A rename the user confirms: <c>users.email</c> → <c>users.email_address</c> for a column (table path, a dot,
/// the column), or <c>users</c> → <c>members</c> for a table. Names are as in the "from" and "to" schemas.
/// </summary>
/// <param name="From">The object's path in the "from" schema.</param>
/// <param name="To">The object's path in the "to" schema.</param>
public sealed record RenameMapping(string From, string To)
{
    /// <summary>Parses <c>from=to</c>; returns null when the text has no '=' or an empty side.</summary>
    public static RenameMapping? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            return null;
        }

        return new RenameMapping(text[..equals].Trim(), text[(equals + 1)..].Trim());
    }
}
