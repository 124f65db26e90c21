using System.Text;

namespace DataFlow.CodeGen;

/// <summary>
/// A small indented writer for generated C#: four spaces per level, <c>\n</c> line endings on every
/// platform (so the output is byte-identical everywhere), no trailing whitespace.
/// </summary>
internal sealed class CSharpWriter
{
    // A generated class is a few kilobytes: start there rather than growing from 16 characters.
    private readonly StringBuilder _text = new(4096);
    private int _indent;

    /// <summary>Writes one line at the current indentation; an empty line has no indentation.</summary>
    public CSharpWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, then <c>{</c> and indents until the returned scope is disposed.</summary>
    public Scope Block(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Scope(this);
    }

    /// <summary>Writes a <c>/// &lt;summary&gt;</c> comment, one line per line of <paramref name="text"/>.</summary>
    public CSharpWriter Summary(string text)
    {
        if (!text.AsSpan().ContainsAny('\r', '\n'))
        {
            return Line("/// <summary>" + text + "</summary>");
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 1)
        {
            return Line("/// <summary>" + lines[0] + "</summary>");
        }

        Line("/// <summary>");
        foreach (var line in lines)
        {
            Line(("/// " + line).TrimEnd());
        }

        return Line("/// </summary>");
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private void Close()
    {
        _indent--;
        Line("}");
    }

    /// <summary>Closes a block opened by <see cref="Block"/>.</summary>
    public readonly struct Scope(CSharpWriter writer) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => writer.Close();
    }
}
