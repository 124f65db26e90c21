using System.Text;
using System.Text.RegularExpressions;
using DataFlow.Connections;

namespace DataFlow.Tests.Connections;

/// <summary>
/// The user-info masking written without a regex (every DataFlowDb masks its URL on first use, and a fresh process would
/// pay ~15 ms for the regex): identical to the pattern it replaces on hand-picked and on 20,000 generated inputs.
/// </summary>
public sealed class DatabaseUrlMaskingTests
{
    // The pattern the masking used to run, as its specification.
    private static readonly Regex UserInfoPassword = new(@"(?<prefix>^[A-Za-z][A-Za-z0-9+.\-]*://[^:/?#@]*:)[^?]*@", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("postgresql://app:secret@db:5432/shop")]
    [InlineData("postgresql://app:se@cr@et@db/shop")]
    [InlineData("postgresql://app:secret@db/shop?sslmode=require&application_name=a@b")]
    [InlineData("postgresql://app:sec?ret@db/shop")]
    [InlineData("postgresql://app@db/shop")]
    [InlineData("postgresql://:secret@db/shop")]
    [InlineData("postgresql://db/shop")]
    [InlineData("sqlite:///relative/path.db")]
    [InlineData("sqlite:////abs/pa:th@x.db")]
    [InlineData("1postgres://a:b@c")]
    [InlineData("post gres://a:b@c")]
    [InlineData("://a:b@c")]
    [InlineData("Host=db;Password=secret")]
    [InlineData("")]
    public void User_info_is_masked_as_the_pattern_masks_it(string url)
    {
        Assert.Equal(ByPattern(url), DatabaseUrl.MaskUserInfo(url));
    }

    [Fact]
    public void Generated_urls_are_masked_as_the_pattern_masks_them()
    {
        var random = new Random(20261121);
        const string alphabet = "ab1+.-:/?#@&=% ";
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder(random.Next(2) == 0 ? "postgresql://" : "");
            for (var length = random.Next(0, 24); length > 0; length--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var url = text.ToString();
            Assert.True(ByPattern(url) == DatabaseUrl.MaskUserInfo(url), url);
        }
    }

    [Fact]
    public void Passwords_in_query_and_keyword_form_are_still_masked()
    {
        Assert.Equal("postgresql://db/shop?user=app&password=***", DatabaseUrl.Mask("postgresql://db/shop?user=app&password=secret"));
        Assert.Equal("Host=db;Pwd=***", DatabaseUrl.Mask("Host=db;Pwd=secret"));
        Assert.Equal("postgresql://app:***@db/shop?PASSWORD=***", DatabaseUrl.Mask("postgresql://app:x@db/shop?PASSWORD=y"));
    }

    [Theory]
    [InlineData("postgresql://u@h/db?pass%77ord=secret1", "postgresql://u@h/db?pass%77ord=***")]
    [InlineData("postgresql://u@h/db?pwd=secret2&sslmode=require", "postgresql://u@h/db?pwd=***&sslmode=require")]
    [InlineData("postgresql://u@h/db?sslpassword=secret3", "postgresql://u@h/db?sslpassword=***")]
    [InlineData("Host=h;SSL Password=secret4", "Host=h;SSL Password=***")]
    [InlineData("Host=h;Password=\"se\"\"cret5;x\";Port=1", "Host=h;Password=***;Port=1")]
    [InlineData("Host=h;PSW=secret6", "Host=h;PSW=***")]
    [InlineData("postgresql://u:***@h/pwdb?sslmode=require", "postgresql://u:***@h/pwdb?sslmode=require")]
    public void Every_form_of_password_found_by_review_is_masked(string input, string expected)
    {
        Assert.Equal(expected, DatabaseUrl.Mask(input));
    }

    private static string ByPattern(string url) => UserInfoPassword.Replace(url, m => m.Groups["prefix"].Value + DatabaseUrl.PasswordMask + "@");
}
