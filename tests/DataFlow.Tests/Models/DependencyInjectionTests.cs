using DataFlow.Tests.Workflows.Support;
using DataFlow.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataFlow.Tests.Models;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddDataFlow_binds_configuration_wires_the_host_logger_and_registers_db_and_runtime()
    {
        using var sqlite = new SqliteModelDatabase();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataFlow:DatabaseUrl"] = sqlite.Url,
            ["DataFlow:ExistingSchemaMode"] = "true",
            ["DataFlow:EnableModelPersistence"] = "false",
            ["DataFlow:ApplicationId"] = "shop",
            ["DataFlow:CommandTimeout"] = "12",
        }).Build();
        var logs = new ListLoggerFactory();
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddDataFlow(configuration.GetSection("DataFlow"), o => o.AutoMigrate = false);
        await using var provider = services.BuildServiceProvider();

        var db = provider.GetRequiredService<DataFlowDb>();
        var runtime = provider.GetRequiredService<LocalRuntime>();
        var result = await db.RegisterSchemaAsModelsAsync(["users"]);
        var (results, _) = await runtime.ExecuteAsync(new WorkflowBuilder().AddNode(result.GeneratedNodes["users"].Count, "count").Build());

        Assert.Same(db, provider.GetRequiredService<DataFlowDb>());
        Assert.Equal(("shop", true, false, false), (db.ApplicationId, db.Options.ExistingSchemaMode, db.Options.EnableModelPersistence, db.Options.AutoMigrate));
        Assert.Equal(TimeSpan.FromSeconds(12), db.Options.CommandTimeout);
        Assert.Equal(0L, results["count"]["count"]);
        Assert.Contains(logs.Entries, e => e.Message.Contains("Registered 1 models", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_configuration_value_is_a_clear_error_when_the_database_is_resolved()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ExistingSchemaMode"] = "sometimes" }).Build();
        using var provider = new ServiceCollection().AddDataFlow(configuration).BuildServiceProvider();

        var error = Assert.Throws<DataFlowConfigurationException>(() => provider.GetRequiredService<DataFlowDb>());

        Assert.Equal(ErrorCodes.InvalidOption, error.Code);
    }
}
