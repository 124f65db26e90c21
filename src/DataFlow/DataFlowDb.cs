using System.Reflection;
using DataFlow.Connections;
using DataFlow.Data;
using DataFlow.Discovery;
using DataFlow.Models;
using DataFlow.Schema;
using DataFlow.Workflows;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataFlow;

/// <summary>
/// The entry point: one database, its schema and (in later versions) its models and nodes.
/// Constructing does no I/O; the first operation connects.
/// </summary>
/// <example>
/// <code>
/// await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = "sqlite:///app.db", ExistingSchemaMode = true });
/// DatabaseSchema schema = await db.DiscoverSchemaAsync();
/// </code>
/// </example>
public sealed partial class DataFlowDb : IAsyncDisposable
{
    private readonly ILogger _logger;
    private readonly Lazy<ConnectionTarget> _target;

    /// <summary>Creates a DataFlow instance from options.</summary>
    public DataFlowDb(DataFlowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _logger = options.LoggerFactory?.CreateLogger("DataFlow") ?? NullLogger.Instance;
        _target = new Lazy<ConnectionTarget>(() => DatabaseUrl.Resolve(options.DatabaseUrl));
        ApplicationId = options.ApplicationId ?? Assembly.GetEntryAssembly()?.GetName().Name ?? "dataflow";
        Data = new DataConnections(() => Target, () => ConnectionSettings);
        Express = new DataFlowExpress(this);
        SchemaChanges = new Migrations.SchemaChangeExecutor(options, _logger);
        ModelCache = CodeFirst.Caching.ModelCache.Create(options, _logger);
        Nodes.Register(new Nodes.Transactions.TransactionScopeNode(Data))
            .Register(new Nodes.Transactions.TransactionCommitNode(Data))
            .Register(new Nodes.Transactions.TransactionRollbackNode(Data))
            .Register(new Nodes.Transactions.TransactionSavepointNode(Data));
        RegisterDataNodes();
    }

    /// <summary>Creates a DataFlow instance for a URL with default options.</summary>
    public DataFlowDb(string databaseUrl)
        : this(new DataFlowOptions { DatabaseUrl = databaseUrl })
    {
    }

    /// <summary>The options this instance was created with.</summary>
    public DataFlowOptions Options { get; }

    /// <summary>The stable application id (from the options or the entry assembly name).</summary>
    public string ApplicationId { get; }

    /// <summary>The parsed connection target (parsing happens on first access).</summary>
    /// <exception cref="DataFlowConfigurationException">The URL is missing or malformed.</exception>
    public ConnectionTarget Target => _target.Value;

    /// <summary>The URL with its password masked, safe to show.</summary>
    public string DisplayUrl => Target.DisplayUrl;

    /// <summary>
    /// This instance's node catalog: the node types its workflows can name (its model nodes, and custom nodes
    /// registered with <c>db.Nodes.Register&lt;MyNode&gt;()</c>), on top of the built-ins. Each instance has its
    /// own, so two databases with a <c>User</c> model never collide. Used by <c>new LocalRuntime(db)</c>.
    /// </summary>
    public NodeCatalog Nodes { get; } = new();

    /// <summary>
    /// Reads the database's schema: tables, columns, keys, constraints, indexes, views, enums, domains and
    /// sequences, plus a warning for each object the model cannot represent. Never changes the database.
    /// </summary>
    /// <exception cref="DataFlowException">The database cannot be reached or its catalogs cannot be read.</exception>
    public Task<DatabaseSchema> DiscoverSchemaAsync(SchemaDiscoveryOptions? options = null, CancellationToken cancellationToken = default) =>
        new SchemaDiscoverer(Target, ConnectionSettings, _logger).DiscoverAsync(options ?? SchemaDiscoveryOptions.Default, cancellationToken);

    /// <summary>The models registered with this instance (by <see cref="RegisterSchemaAsModelsAsync"/>), by name.</summary>
    public IReadOnlyList<RegisteredModel> Models => ModelStore.Models;

    /// <summary>
    /// Operations on registered models without a workflow — <c>await db.Express.ListAsync("users", filter)</c> —
    /// sharing the implementation of the generated nodes.
    /// </summary>
    public DataFlowExpress Express { get; }

    internal ModelStore ModelStore { get; } = new();

    /// <summary>The on-disk cache of code-first model readings; null when <see cref="DataFlowOptions.UseModelCache"/> is off.</summary>
    internal CodeFirst.Caching.ModelCache? ModelCache { get; }

    internal DataConnections Data { get; }

    /// <summary>The one executor of schema changes (refuses them in existing-schema mode).</summary>
    internal Migrations.SchemaChangeExecutor SchemaChanges { get; }

    internal ConnectionSettings ConnectionSettings => new()
    {
        ConnectTimeout = Options.ConnectTimeout,
        CommandTimeout = Options.CommandTimeout,
        ApplicationName = ApplicationId,
    };

    /// <summary>Releases the connections the data operations keep pooled (SQLite files are closed).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_autoMigration is { } gate)
        {
            await gate.DisposeAsync();
        }

        await Data.DisposeAsync();
    }
}
