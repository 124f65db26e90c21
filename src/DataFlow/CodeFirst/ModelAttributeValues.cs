using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <summary>
/// The text forms of enum-like attribute values (<c>OnDelete = "CASCADE"</c>, <c>[Identity("serial")]</c>), written by the
/// scaffold and read back by the model readers: one table per value kind, used both ways.
/// </summary>
internal static class ModelAttributeValues
{
    private static readonly (ReferentialAction Action, string Text)[] Actions =
    [
        (ReferentialAction.NoAction, "NO ACTION"), (ReferentialAction.Restrict, "RESTRICT"), (ReferentialAction.Cascade, "CASCADE"),
        (ReferentialAction.SetNull, "SET NULL"), (ReferentialAction.SetDefault, "SET DEFAULT"),
    ];

    private static readonly (IdentityKind Kind, string Text)[] Identities =
    [
        (IdentityKind.ByDefault, "by default"), (IdentityKind.Always, "always"), (IdentityKind.Serial, "serial"),
        (IdentityKind.AutoIncrement, "autoincrement"), (IdentityKind.RowIdAlias, "rowid"),
    ];

    /// <summary>The SQL spelling of <paramref name="action"/> (<c>SET NULL</c>).</summary>
    public static string Format(ReferentialAction action) => Actions.First(a => a.Action == action).Text;

    /// <summary>The text of <paramref name="kind"/> as <c>[Identity]</c> takes it.</summary>
    public static string Format(IdentityKind kind) => Identities.First(i => i.Kind == kind).Text;

    /// <summary>Parses an ON DELETE/UPDATE action (case and <c>_</c>/space insensitive); null when unknown.</summary>
    public static ReferentialAction? ParseAction(string text) =>
        Actions.Where(a => Same(a.Text, text) || Same(a.Action.ToString(), text)).Select(a => (ReferentialAction?)a.Action).FirstOrDefault();

    /// <summary>Parses an identity kind; null when unknown.</summary>
    public static IdentityKind? ParseIdentity(string text) =>
        Identities.Where(i => Same(i.Text, text) || Same(i.Kind.ToString(), text)).Select(i => (IdentityKind?)i.Kind).FirstOrDefault();

    /// <summary>The accepted ON DELETE/UPDATE texts, for error hints.</summary>
    public static string ActionNames => string.Join(", ", Actions.Select(a => a.Text));

    /// <summary>The accepted identity texts, for error hints.</summary>
    public static string IdentityNames => string.Join(", ", Identities.Select(i => i.Text));

    private static bool Same(string expected, string text) =>
        string.Equals(Squash(expected), Squash(text), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string text) => text.Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}
