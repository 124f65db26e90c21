using DataFlow.Cli.Infrastructure;

namespace DataFlow.Tests.Cli;

/// <summary>Durations as typed for <c>watch --interval</c>.</summary>
public class DurationTextTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("2s", 2000)]
    [InlineData("1.5s", 1500)]
    [InlineData("3", 3000)]
    [InlineData("1m", 60_000)]
    [InlineData(" 250MS ", 250)]
    public void Parses_a_number_with_a_unit(string text, double milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), DurationText.ParsePositive(text));

    [Theory]
    [InlineData("0")]
    [InlineData("-1s")]
    [InlineData("2 days")]
    [InlineData("ms")]
    [InlineData("2d")]
    public void Refuses_anything_else_with_DF_WATCH_001(string text) =>
        Assert.Equal(ErrorCodes.InvalidWatchInterval, Assert.Throws<DataFlowConfigurationException>(() => DurationText.ParsePositive(text)).Code);

    [Theory]
    [InlineData(200, "200ms")]
    [InlineData(2000, "2s")]
    [InlineData(1500, "1.5s")]
    [InlineData(180_000, "3m")]
    public void Formats_the_shortest_form(double milliseconds, string expected) =>
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromMilliseconds(milliseconds)));
}
