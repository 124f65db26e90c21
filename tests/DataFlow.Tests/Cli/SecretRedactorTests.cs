using DataFlow.Cli.Infrastructure;

namespace DataFlow.Tests.Cli;

public class SecretRedactorTests
{
    [Theory]
    [InlineData("could not reach 'postgresql://bob:hunter22@h/db'", "could not reach 'postgresql://bob:***@h/db'")]
    [InlineData("Host=h;Password=hunter22;Database=d", "Host=h;Password=***;Database=d")]
    [InlineData("url postgresql://bob@h/db?password=hunter22&sslmode=require", "url postgresql://bob@h/db?password=***&sslmode=require")]
    [InlineData("nothing secret here", "nothing secret here")]
    public void Patterns_mask_passwords_inside_any_text(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.PatternsOnly.Redact(text));
    }

    [Fact]
    public void Passwords_of_the_given_urls_are_masked_wherever_they_appear()
    {
        var redactor = SecretRedactor.For(["discover", "--url=postgresql://bob:p%40ss-w0rd@h/db", null]);

        Assert.Equal("driver said: password *** rejected", redactor.Redact("driver said: password p@ss-w0rd rejected"));
        Assert.Equal("echo --url=postgresql://bob:***@h/db", redactor.Redact("echo --url=postgresql://bob:p%40ss-w0rd@h/db"));
    }
}
