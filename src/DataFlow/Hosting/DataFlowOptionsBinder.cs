using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace DataFlow.Hosting;

/// <summary>
/// Reads <see cref="DataFlowOptions"/> from configuration (<c>appsettings.json</c> section, environment, ...):
/// <c>DatabaseUrl</c>, <c>AutoMigrate</c>, <c>ExistingSchemaMode</c>, <c>EnableModelPersistence</c>,
/// <c>ApplicationId</c>, <c>ConnectTimeout</c> and <c>CommandTimeout</c> (a TimeSpan such as <c>00:00:30</c>, or seconds).
/// Bound by hand so that the library needs only the configuration abstractions.
/// </summary>
internal static class DataFlowOptionsBinder
{
    /// <summary>Copies the values present in <paramref name="section"/> onto <paramref name="options"/>.</summary>
    /// <exception cref="DataFlowConfigurationException">A value cannot be read (<c>DF-OPT-001</c>).</exception>
    public static void Bind(IConfiguration section, DataFlowOptions options)
    {
        if (section[nameof(DataFlowOptions.DatabaseUrl)] is { } url)
        {
            options.DatabaseUrl = url;
        }

        if (section[nameof(DataFlowOptions.ApplicationId)] is { } application)
        {
            options.ApplicationId = application;
        }

        options.AutoMigrate = Flag(section, nameof(DataFlowOptions.AutoMigrate), options.AutoMigrate);
        options.ExistingSchemaMode = Flag(section, nameof(DataFlowOptions.ExistingSchemaMode), options.ExistingSchemaMode);
        options.EnableModelPersistence = Flag(section, nameof(DataFlowOptions.EnableModelPersistence), options.EnableModelPersistence);
        options.ConnectTimeout = Duration(section, nameof(DataFlowOptions.ConnectTimeout), options.ConnectTimeout);
        options.CommandTimeout = Duration(section, nameof(DataFlowOptions.CommandTimeout), options.CommandTimeout);
    }

    private static bool Flag(IConfiguration section, string key, bool fallback) => section[key] switch
    {
        null => fallback,
        var text when bool.TryParse(text, out var flag) => flag,
        var text => throw DataFlowErrors.InvalidOption("DataFlow:" + key, $"'{text}' is not true or false", "Write true or false."),
    };

    private static TimeSpan Duration(IConfiguration section, string key, TimeSpan fallback) => section[key] switch
    {
        null => fallback,
        var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) => TimeSpan.FromSeconds(seconds),
        var text when TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) => span,
        var text => throw DataFlowErrors.InvalidOption("DataFlow:" + key, $"'{text}' is not a duration", "Write seconds (30) or a TimeSpan (00:00:30)."),
    };
}
