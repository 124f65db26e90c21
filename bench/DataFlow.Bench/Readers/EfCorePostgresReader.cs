using System.Reflection;
using DataFlow.Bench.Databases;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

namespace DataFlow.Bench.Readers;

/// <summary>
/// EF Core's own reverse-engineering model factory for PostgreSQL (Npgsql.EntityFrameworkCore.PostgreSQL),
/// in-process, reached through the provider's design-time services without Microsoft.EntityFrameworkCore.Design.
/// No table or schema filter: it reads everything, as <c>dotnet ef dbcontext scaffold</c> would.
/// </summary>
internal sealed class EfCorePostgresReader : ISchemaReader, IDisposable
{
    public const string Tool = "EF Core Npgsql IDatabaseModelFactory";

    public static readonly string Version = VersionOf(typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly)
        + " / Npgsql provider " + VersionOf(typeof(NpgsqlDesignTimeServices).Assembly);

    private readonly ServiceProvider _services;
    private readonly IDatabaseModelFactory _factory;

    public EfCorePostgresReader()
    {
        var services = new ServiceCollection();
        services.AddEntityFrameworkNpgsql();
        new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
        _services = services.BuildServiceProvider();
        _factory = _services.GetRequiredService<IDatabaseModelFactory>();
    }

    public async Task<ReaderResult> MeasureAsync(BenchDatabase database, int warmups, int runs)
    {
        var (runsMs, counts) = await RunTimer.MeasureAsync(() => Task.FromResult(Read(database.ConnectionString)), warmups, runs);
        return ReaderResult.Measured(Tool, Version, runsMs, counts);
    }

    public void Dispose() => _services.Dispose();

    /// <summary>One read of the whole model of the database at <paramref name="connectionString"/>.</summary>
    public SchemaCounts Read(string connectionString)
    {
        var model = _factory.Create(connectionString, new DatabaseModelFactoryOptions(tables: [], schemas: []));
        return new SchemaCounts(
            model.Tables.Count,
            model.Tables.Sum(t => t.Columns.Count),
            model.Tables.Sum(t => t.ForeignKeys.Count),
            model.Tables.Sum(t => t.Indexes.Count));
    }

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";
}
