using System.Globalization;
using System.Text;

namespace DataFlow.CodeGen;

/// <summary>Identifiers, string literals and XML doc text for generated C#.</summary>
internal static class CSharpSyntax
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>Whether <paramref name="name"/> is a reserved C# keyword (contextual keywords are valid names).</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary><paramref name="name"/> usable as an identifier: keywords get <c>@</c>.</summary>
    public static string Identifier(string name) => IsKeyword(name) ? "@" + name : name;

    /// <summary>A regular C# string literal with quotes, escaping what needs it.</summary>
    public static string Literal(string value)
    {
        // Printable ASCII without quote or backslash (almost every name and type) needs no escape.
        if (IsPlainAscii(value) && !value.AsSpan().ContainsAny('"', '\\'))
        {
            return string.Concat("\"", value, "\"");
        }

        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                '\0' => text.Append("\\0"),
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' =>
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }

    /// <summary>Text safe inside an XML doc comment: markup characters escaped, control characters dropped.</summary>
    public static string XmlDoc(string text)
    {
        // Printable ASCII without markup and without spaces to trim is already safe.
        if (IsPlainAscii(text) && !text.AsSpan().ContainsAny('&', '<', '>') && (text.Length == 0 || (text[0] != ' ' && text[^1] != ' ')))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '\n' => escaped.Append('\n'),
                _ when char.IsControl(c) => escaped.Append(' '),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString().Trim();
    }

    // Only printable ASCII characters (space to ~): no control, line break, surrogate or other character the slow paths treat apart.
    private static bool IsPlainAscii(string text) => !text.AsSpan().ContainsAnyExceptInRange(' ', '~');

    /// <summary>Text safe inside a <c>//</c> comment: one line.</summary>
    public static string LineComment(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>Whether <paramref name="c"/> may start an identifier (a letter or <c>_</c>).</summary>
    public static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    /// <summary>Whether <paramref name="c"/> may continue an identifier (letters, digits, <c>_</c>).</summary>
    public static bool IsIdentifierPart(char c) => c == '_' || char.IsLetterOrDigit(c);
}
