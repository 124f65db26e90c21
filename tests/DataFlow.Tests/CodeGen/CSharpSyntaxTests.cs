using DataFlow.CodeGen;

namespace DataFlow.Tests.CodeGen;

/// <summary>
/// Literals, XML doc text and summaries: plain printable ASCII takes a fast path that must give exactly what the
/// escaping path gives; everything else is escaped.
/// </summary>
public class CSharpSyntaxTests
{
    [Theory]
    [InlineData("order_items", "\"order_items\"")]
    [InlineData("character varying(40)", "\"character varying(40)\"")]
    [InlineData("", "\"\"")]
    [InlineData("'new'::character varying", "\"'new'::character varying\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\temp", "\"C:\\\\temp\"")]
    [InlineData("a\tb\nc\r\0", "\"a\\tb\\nc\\r\\0\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData("del\u007f", "\"del\\u007f\"")]
    [InlineData("Orders — «unicode»", "\"Orders — «unicode»\"")]
    [InlineData("line\u2028sep", "\"line\\u2028sep\"")]
    public void Literal_escapes_what_needs_it(string value, string expected) => Assert.Equal(expected, CSharpSyntax.Literal(value));

    [Theory]
    [InlineData("The table <c>x</c>", "The table &lt;c&gt;x&lt;/c&gt;")]
    [InlineData("plain text", "plain text")]
    [InlineData("  padded ", "padded")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("two\r\nlines", "two\nlines")]
    [InlineData("tab\there", "tab here")]
    [InlineData("non-ASCII é", "non-ASCII é")]
    [InlineData("", "")]
    public void XmlDoc_escapes_markup_and_drops_controls(string text, string expected) => Assert.Equal(expected, CSharpSyntax.XmlDoc(text));

    [Fact]
    public void A_summary_is_one_line_unless_the_text_has_line_breaks()
    {
        var writer = new CSharpWriter();

        writer.Summary("One line.").Summary("First\r\nsecond  ").Summary("lone\rreturn");

        Assert.Equal(
            "/// <summary>One line.</summary>\n/// <summary>\n/// First\n/// second\n/// </summary>\n/// <summary>lone\rreturn</summary>\n",
            writer.ToString());
    }
}
