using DataFlow;
using DataFlow.Hosting;
using DataFlow.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers DataFlow in a service collection (ASP.NET Core and other hosts).</summary>
public static class DataFlowServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="DataFlowDb"/> (singleton, disposed by the container) configured by
    /// <paramref name="configure"/>, and a <see cref="LocalRuntime"/> on it. When no logger factory is set, the
    /// host's <see cref="ILoggerFactory"/> is used. Nothing connects until the first operation.
    /// </summary>
    /// <example><code>services.AddDataFlow(o => { o.DatabaseUrl = "postgresql://..."; o.ExistingSchemaMode = true; });</code></example>
    public static IServiceCollection AddDataFlow(this IServiceCollection services, Action<DataFlowOptions> configure) =>
        AddDataFlow(services, null, configure);

    /// <summary>
    /// Registers DataFlow with options read from <paramref name="configuration"/> (for example
    /// <c>builder.Configuration.GetSection("DataFlow")</c>: <c>DatabaseUrl</c>, <c>ExistingSchemaMode</c>, ...), then
    /// adjusted by <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddDataFlow(this IServiceCollection services, IConfiguration? configuration, Action<DataFlowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider =>
        {
            var options = new DataFlowOptions();
            if (configuration is not null)
            {
                DataFlowOptionsBinder.Bind(configuration, options);
            }

            configure?.Invoke(options);
            options.LoggerFactory ??= provider.GetService<ILoggerFactory>();
            return options;
        });
        services.AddSingleton(provider => new DataFlowDb(provider.GetRequiredService<DataFlowOptions>()));
        services.AddSingleton(provider => new LocalRuntime(provider.GetRequiredService<DataFlowDb>()));
        return services;
    }
}
