using DataFlow.Connections;
using DataFlow.Dialects.Postgres;
using Npgsql;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class PostgresConnectionStringTests
{
    private static readonly ConnectionSettings Settings = new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(7),
        CommandTimeout = TimeSpan.FromSeconds(90),
        ApplicationName = "orders-service",
    };

    private static NpgsqlConnectionStringBuilder Build(string url) =>
        new(PostgresConnectionFactory.BuildConnectionString(DatabaseUrl.Parse(url), Settings));

    [Fact]
    public void Url_parts_and_settings_make_the_connection_string()
    {
        var builder = Build("postgresql://app:p%40ss@db.example.com:6543/shop");
        Assert.Equal("db.example.com", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("shop", builder.Database);
        Assert.Equal("app", builder.Username);
        Assert.Equal("p@ss", builder.Password);
        Assert.Equal(7, builder.Timeout);
        Assert.Equal(90, builder.CommandTimeout);
        Assert.Equal("orders-service", builder.ApplicationName);
    }

    [Fact]
    public void Url_query_parameters_win_over_the_settings()
    {
        var builder = Build("postgresql://app@db/shop?connect_timeout=3&application_name=cli&sslmode=require");
        Assert.Equal(3, builder.Timeout);
        Assert.Equal("cli", builder.ApplicationName);
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal(90, builder.CommandTimeout);
        Assert.Equal(5432, builder.Port);
    }

    [Fact]
    public void A_given_connection_string_is_kept_and_completed_with_the_settings()
    {
        var builder = Build("Host=db;Database=shop;Username=app;Password=secret;Command Timeout=5");
        Assert.Equal("db", builder.Host);
        Assert.Equal("secret", builder.Password);
        Assert.Equal(5, builder.CommandTimeout);
        Assert.Equal(7, builder.Timeout);
        Assert.Equal("orders-service", builder.ApplicationName);
    }

    [Fact]
    public void An_unknown_keyword_is_a_configuration_error_without_the_password()
    {
        var target = DatabaseUrl.Parse("Host=db;Password=hunter2;Colour=blue");
        var error = Assert.Throws<DataFlowConfigurationException>(() => PostgresConnectionFactory.BuildConnectionString(target, Settings));
        Assert.Equal(ErrorCodes.MalformedUrl, error.Code);
        Assert.DoesNotContain("hunter2", error.Describe(), StringComparison.Ordinal);
    }
}
