using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class NameSuggesterTests
{
    [Theory]
    [InlineData("switchnode", "SwitchNode")]
    [InlineData("SwitchNod", "SwitchNode")]
    [InlineData("warn", "warning")]
    [InlineData("params", "parameters")]
    [InlineData("UserLsitNode", "UserListNode")]
    public void A_close_name_is_suggested(string name, string expected)
    {
        Assert.Equal(expected, NameSuggester.Suggest(name, ["SwitchNode", "warning", "parameters", "UserListNode", "DataNode"]));
    }

    [Theory]
    [InlineData("Completely")]
    [InlineData("x")]
    public void Nothing_is_suggested_when_no_name_is_close(string name)
    {
        Assert.Null(NameSuggester.Suggest(name, ["SwitchNode", "DataNode", "LogNode"]));
    }
}
