using DataFlow.Cli.Rendering;
using DataFlow.Schema;

namespace DataFlow.Tests.Cli;

public class WarningLinesTests
{
    [Theory]
    [InlineData("trigger", 2, "triggers")]
    [InlineData("trigger", 1, "trigger")]
    [InlineData("policy", 3, "policies")]
    [InlineData("index", 2, "indexes")]
    [InlineData("key", 2, "keys")]
    [InlineData("statistics object", 2, "statistics objects")]
    public void Kind_names_are_pluralised(string kind, int count, string expected)
    {
        Assert.Equal(expected, WarningGroup.KindName(kind, count));
    }

    [Fact]
    public void Groups_are_ordered_by_code_then_kind()
    {
        var warnings = HandBuiltSchemas.TriggerWarnings(2)
            .Append(new SchemaWarning { Code = "DF-DISC-100", ObjectKind = "discovery", Message = "m" })
            .Append(new SchemaWarning { Code = "DF-DISC-101", ObjectKind = "function", ObjectName = "f", Message = "m" });

        var groups = WarningGroup.From(warnings);

        Assert.Equal(["DF-DISC-100/discovery", "DF-DISC-101/function", "DF-DISC-101/trigger"], groups.Select(g => g.Code + "/" + g.Kind));
        Assert.Equal(2, groups[2].Warnings.Count);
    }

    [Fact]
    public void Exactly_MaxNames_names_are_listed_without_an_ellipsis()
    {
        var lines = WarningLines.For(HandBuiltSchemas.TriggerWarnings(WarningLines.MaxNames), verbose: false);

        var line = Assert.Single(lines);
        Assert.Equal("DF-DISC-101", line.Code);
        Assert.EndsWith("public.trg_10", line.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("…", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_lines_for_stderr_start_with_warning_and_the_code()
    {
        using var writer = new StringWriter();

        WarningLines.WritePlain(writer, HandBuiltSchemas.TriggerWarnings(452), verbose: false);

        Assert.StartsWith("warning DF-DISC-101: 452 triggers: public.trg_01, ", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("… (442 more)", writer.ToString(), StringComparison.Ordinal);
        Assert.Single(writer.ToString().TrimEnd().Split('\n'));
    }
}
