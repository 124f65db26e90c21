using DataFlow.Bench;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace DataFlow.Bench.EfSqlite;

/// <summary>
/// EF Core 6's SQLite reverse-engineering model factory, reached through the provider's design-time
/// services (no Microsoft.EntityFrameworkCore.Design package needed), with no table or schema filter.
/// </summary>
internal sealed class EfSqliteModelReader : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IDatabaseModelFactory _factory;

    public EfSqliteModelReader()
    {
        var services = new ServiceCollection();
        new SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
        _services = services.BuildServiceProvider();
        _factory = _services.GetRequiredService<IDatabaseModelFactory>();
    }

    /// <summary>The SQLite engine EF Core's Microsoft.Data.Sqlite loaded (the bundled e_sqlite3).</summary>
    public string EngineVersion { get; private set; } = "?";

    public SchemaCounts Read(string databaseFile)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly }.ToString();
        var model = _factory.Create(connectionString, new DatabaseModelFactoryOptions());
        EngineVersion = SQLitePCL.raw.sqlite3_libversion().utf8_to_string();
        return new SchemaCounts(
            model.Tables.Count,
            model.Tables.Sum(t => t.Columns.Count),
            model.Tables.Sum(t => t.ForeignKeys.Count),
            model.Tables.Sum(t => t.Indexes.Count));
    }

    public void Dispose() => _services.Dispose();
}
