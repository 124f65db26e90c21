using DataFlow.Connections;

namespace DataFlow.Tests.Connections;

public class DatabaseUrlTests
{
    [Fact]
    public void Relative_sqlite_url_resolves_against_the_current_directory()
    {
        var target = DatabaseUrl.Parse("sqlite:///data/app.db");
        Assert.Equal(DatabaseKind.Sqlite, target.Kind);
        Assert.Equal(Path.GetFullPath("data/app.db"), target.FilePath);
        Assert.False(target.IsInMemory);
    }

    [Fact]
    public void Four_slashes_make_an_absolute_sqlite_path()
    {
        var target = DatabaseUrl.Parse("sqlite:////var/lib/app.db");
        Assert.Equal("/var/lib/app.db", target.FilePath);
    }

    [Fact]
    public void Memory_sqlite_url_has_no_file()
    {
        var target = DatabaseUrl.Parse("sqlite:///:memory:");
        Assert.True(target.IsInMemory);
        Assert.Null(target.FilePath);
    }

    [Fact]
    public void Sqlite_read_only_mode_is_parsed()
    {
        Assert.True(DatabaseUrl.Parse("sqlite:///a.db?mode=ro").IsReadOnly);
    }

    [Theory]
    [InlineData("postgresql://alice:s3cret@db.example.com:6543/shop?sslmode=require")]
    [InlineData("postgres://alice:s3cret@db.example.com:6543/shop?sslmode=require")]
    [InlineData("postgresql+psycopg2://alice:s3cret@db.example.com:6543/shop?sslmode=require")]
    public void Postgres_urls_are_parsed_into_their_parts(string url)
    {
        var target = DatabaseUrl.Parse(url);
        Assert.Equal(DatabaseKind.PostgreSql, target.Kind);
        Assert.Equal("db.example.com", target.Host);
        Assert.Equal(6543, target.Port);
        Assert.Equal("shop", target.Database);
        Assert.Equal("alice", target.User);
        Assert.Equal("s3cret", target.Password);
        Assert.Equal("Require", target.Settings["SSL Mode"]);
        Assert.DoesNotContain("s3cret", target.DisplayUrl, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", target.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Percent_encoded_and_unencoded_at_signs_in_passwords_are_read()
    {
        Assert.Equal("p@ss:w/rd", DatabaseUrl.Parse("postgresql://u:p%40ss%3Aw%2Frd@h/db").Password);
        Assert.Equal("p@ss", DatabaseUrl.Parse("postgresql://u:p@ss@h/db").Password);
    }

    [Fact]
    public void Ipv6_host_with_port_is_parsed()
    {
        var target = DatabaseUrl.Parse("postgresql://u@[::1]:5433/db");
        Assert.Equal("::1", target.Host);
        Assert.Equal(5433, target.Port);
    }

    [Theory]
    [InlineData("mysql://u:p@h/db", ErrorCodes.UnknownScheme)]
    [InlineData("postgresql://u:p@h:notaport/db", ErrorCodes.MalformedUrl)]
    [InlineData("postgresql://u:p@h:70000/db", ErrorCodes.MalformedUrl)]
    [InlineData("postgresql:///db", ErrorCodes.MalformedUrl)]
    [InlineData("sqlite://relative.db", ErrorCodes.MalformedUrl)]
    [InlineData("sqlite:///", ErrorCodes.MalformedUrl)]
    [InlineData("just some text", ErrorCodes.MalformedUrl)]
    [InlineData("postgresql://u:p@h/db?sslmode=sometimes", ErrorCodes.MalformedUrl)]
    [InlineData("postgresql://u:p@h/db?frobnicate=1", ErrorCodes.UnknownUrlParameter)]
    [InlineData("Foo=bar;Baz=1", ErrorCodes.AmbiguousConnectionString)]
    public void Bad_urls_get_a_coded_error_without_the_password(string url, string code)
    {
        var error = Assert.ThrowsAny<DataFlowException>(() => DatabaseUrl.Parse(url));
        Assert.Equal(code, error.Code);
        Assert.NotNull(error.Hint);
        if (url.Contains(":p@", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(":p@", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plain_connection_strings_are_accepted_for_both_engines()
    {
        var pg = DatabaseUrl.Parse("Host=localhost;Port=5433;Database=shop;Username=bob;Password=hunter2");
        Assert.Equal(DatabaseKind.PostgreSql, pg.Kind);
        Assert.Equal("shop", pg.Database);
        Assert.DoesNotContain("hunter2", pg.DisplayUrl, StringComparison.Ordinal);

        var lite = DatabaseUrl.Parse("Data Source=/tmp/x.db");
        Assert.Equal(DatabaseKind.Sqlite, lite.Kind);
        Assert.Equal("/tmp/x.db", lite.FilePath);
    }

    [Theory]
    [InlineData("postgresql://u:secret@h/db", "postgresql://u:***@h/db")]
    [InlineData("postgresql://u:se@cr/et@h:5432/db?sslmode=disable", "postgresql://u:***@h:5432/db?sslmode=disable")]
    [InlineData("postgresql://u@h/db?password=secret&sslmode=disable", "postgresql://u@h/db?password=***&sslmode=disable")]
    [InlineData("Host=h;Password=secret;Database=d", "Host=h;Password=***;Database=d")]
    [InlineData("Host=h;pwd='se;cret'", "Host=h;pwd=***")]
    [InlineData("sqlite:///app.db", "sqlite:///app.db")]
    public void Mask_hides_passwords_in_every_form(string input, string expected)
    {
        Assert.Equal(expected, DatabaseUrl.Mask(input));
    }

    [Fact]
    public void Missing_url_falls_back_to_DATABASE_URL()
    {
        // Resolve reads the environment only when no URL is given; a given URL wins.
        var target = DatabaseUrl.Resolve("sqlite:///given.db");
        Assert.Equal(Path.GetFullPath("given.db"), target.FilePath);
    }
}
