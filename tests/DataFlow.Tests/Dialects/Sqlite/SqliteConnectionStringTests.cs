using DataFlow.Connections;
using DataFlow.Dialects.Sqlite;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteConnectionStringTests
{
    private static readonly ConnectionSettings Settings = new() { CommandTimeout = TimeSpan.FromSeconds(7.2) };

    [Fact]
    public void Existing_database_is_opened_without_the_create_flag_and_with_the_command_timeout()
    {
        var builder = Build("sqlite:////data/app.db", mustExist: true);

        Assert.Equal(SqliteOpenMode.ReadWrite, builder.Mode);
        Assert.Equal("/data/app.db", builder.DataSource);
        Assert.Equal(8, builder.DefaultTimeout);
        Assert.False(builder.Pooling);
    }

    [Fact]
    public void New_database_may_be_created()
    {
        Assert.Equal(SqliteOpenMode.ReadWriteCreate, Build("sqlite:////data/app.db", mustExist: false).Mode);
    }

    [Fact]
    public void Read_only_url_opens_read_only()
    {
        Assert.Equal(SqliteOpenMode.ReadOnly, Build("sqlite:////data/app.db?mode=ro", mustExist: true).Mode);
    }

    [Fact]
    public void Connection_string_keeps_its_own_settings_and_gets_an_absolute_path()
    {
        var builder = Build("Data Source=rel/app.db;Cache=Shared;Foreign Keys=True", mustExist: true);

        Assert.Equal(Path.GetFullPath("rel/app.db"), builder.DataSource);
        Assert.Equal(SqliteCacheMode.Shared, builder.Cache);
        Assert.True(builder.ForeignKeys);
        Assert.Equal(SqliteOpenMode.ReadWrite, builder.Mode);
    }

    [Fact]
    public void In_memory_url_opens_a_memory_database()
    {
        Assert.Equal(":memory:", Build("sqlite:///:memory:", mustExist: true).DataSource);
    }

    private static SqliteConnectionStringBuilder Build(string url, bool mustExist) =>
        new(SqliteConnectionFactory.BuildConnectionString(DatabaseUrl.Parse(url), Settings, mustExist));
}
