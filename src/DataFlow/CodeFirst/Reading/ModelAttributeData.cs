namespace DataFlow.CodeFirst.Reading;

/// <summary>
/// One attribute as a reader saw it, whichever the reader: the short name (<c>Column</c> for <c>ColumnAttribute</c>),
/// positional arguments and named arguments. Values are strings, numbers, booleans, arrays of those (<c>object?[]</c>)
/// or, for an enum argument, the member name as a string.
/// </summary>
/// <param name="Name">The attribute name without namespace and without the <c>Attribute</c> suffix.</param>
/// <param name="Arguments">Positional arguments in order.</param>
/// <param name="Named">Named arguments.</param>
internal sealed record ModelAttributeData(string Name, IReadOnlyList<object?> Arguments, IReadOnlyDictionary<string, object?> Named)
{
    /// <summary>The positional argument at <paramref name="index"/> as text, or null.</summary>
    public string? Text(int index) => index < Arguments.Count ? Arguments[index]?.ToString() : null;

    /// <summary>The positional argument at <paramref name="index"/> as a number, or null.</summary>
    public long? Number(int index) => index < Arguments.Count ? ToNumber(Arguments[index]) : null;

    /// <summary>Every positional argument from <paramref name="start"/> as text, spreading arrays (a <c>params</c> argument).</summary>
    public IReadOnlyList<string> Texts(int start = 0) =>
        Arguments.Skip(start).SelectMany(a => a is object?[] items ? items : [a]).OfType<object>().Select(a => a.ToString()!).ToList();

    /// <summary>The named argument <paramref name="name"/> as text, or null.</summary>
    public string? NamedText(string name) => Named.GetValueOrDefault(name)?.ToString();

    /// <summary>The named argument <paramref name="name"/> as a list of texts, or null.</summary>
    public IReadOnlyList<string>? NamedTexts(string name) =>
        Named.GetValueOrDefault(name) is object?[] items ? items.OfType<object>().Select(a => a.ToString()!).ToList() : null;

    /// <summary>The named argument <paramref name="name"/> as a boolean (false when absent).</summary>
    public bool Flag(string name) => Named.GetValueOrDefault(name) is true;

    /// <summary>The named argument <paramref name="name"/> as a number, or null.</summary>
    public long? NamedNumber(string name) => ToNumber(Named.GetValueOrDefault(name));

    private static long? ToNumber(object? value) => value switch
    {
        null => null,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        _ => long.TryParse(value.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null,
    };
}
