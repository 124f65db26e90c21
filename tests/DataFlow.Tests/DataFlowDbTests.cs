using DataFlow.Connections;

namespace DataFlow.Tests;

[Collection(EnvironmentVariableCollection.Name)]
public class DataFlowDbTests
{
    [Fact]
    public void Constructing_does_no_io_and_does_not_parse_the_url_yet()
    {
        var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = "mysql://nope" });
        Assert.Equal(ErrorCodes.UnknownScheme, Assert.Throws<DataFlowConfigurationException>(() => db.Target).Code);
    }

    [Fact]
    public void Options_have_the_seed_defaults()
    {
        var options = new DataFlowOptions();
        Assert.True(options.AutoMigrate);
        Assert.False(options.ExistingSchemaMode);
        Assert.True(options.EnableModelPersistence);
    }

    [Fact]
    public void Application_id_is_stable_and_not_process_specific()
    {
        var first = new DataFlowDb("sqlite:///:memory:").ApplicationId;
        var second = new DataFlowDb("sqlite:///:memory:").ApplicationId;
        Assert.Equal(first, second);
        Assert.DoesNotContain(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), first, StringComparison.Ordinal);
        Assert.Equal("billing", new DataFlowDb(new DataFlowOptions { DatabaseUrl = "sqlite:///:memory:", ApplicationId = "billing" }).ApplicationId);
    }

    [Fact]
    public async Task Without_url_or_DATABASE_URL_discovery_fails_with_a_coded_error()
    {
        var saved = Environment.GetEnvironmentVariable(DatabaseUrl.EnvironmentVariable);
        Environment.SetEnvironmentVariable(DatabaseUrl.EnvironmentVariable, null);
        try
        {
            await using var db = new DataFlowDb(new DataFlowOptions());
            var error = await Assert.ThrowsAsync<DataFlowConfigurationException>(() => db.DiscoverSchemaAsync());
            Assert.Equal(ErrorCodes.MissingUrl, error.Code);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DatabaseUrl.EnvironmentVariable, saved);
        }
    }

    [Fact]
    public async Task DATABASE_URL_is_used_when_no_url_is_given_and_is_shown_masked()
    {
        var saved = Environment.GetEnvironmentVariable(DatabaseUrl.EnvironmentVariable);
        Environment.SetEnvironmentVariable(DatabaseUrl.EnvironmentVariable, "postgresql://env_user:env_secret@envhost:6000/envdb");
        try
        {
            await using var db = new DataFlowDb(new DataFlowOptions());
            Assert.Equal("envhost", db.Target.Host);
            Assert.Equal("envdb", db.Target.Database);
            Assert.Equal("postgresql://env_user:***@envhost:6000/envdb", db.DisplayUrl);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DatabaseUrl.EnvironmentVariable, saved);
        }
    }
}

/// <summary>Tests that change process environment variables run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentVariableCollection
{
    public const string Name = "environment variables";
}
