using Microsoft.Extensions.Logging;

namespace DataFlow;

/// <summary>How a <see cref="DataFlowDb"/> connects and what it may change.</summary>
public sealed class DataFlowOptions
{
    /// <summary>
    /// The database: <c>sqlite:///app.db</c>, <c>postgresql://user:pass@host:5432/db</c>, or an ADO.NET
    /// connection string. When null, the <c>DATABASE_URL</c> environment variable is read.
    /// </summary>
    public string? DatabaseUrl { get; set; }

    /// <summary>Apply additive schema changes for code-first models automatically (default true).</summary>
    public bool AutoMigrate { get; set; } = true;

    /// <summary>Treat the schema as owned by someone else: every schema change is refused (default false).</summary>
    public bool ExistingSchemaMode { get; set; }

    /// <summary>Persist registered models in the database's model registry (default true).</summary>
    public bool EnableModelPersistence { get; set; } = true;

    /// <summary>A stable name of this application; defaults to the entry assembly's name.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>How long to wait for a connection (default 15 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one command may run (default 30 s).</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where DataFlow logs; nothing is logged when null.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Keep the tables read from code-first model classes (and their hash) on disk, so that the next process with the same
    /// build of the models skips reading them (default true). Entries are keyed by the builds of the models' assembly and
    /// its references: changed code is read again. See docs/auto-migrate.md, "The model cache and a fresh process's start".
    /// </summary>
    public bool UseModelCache { get; set; } = true;

    /// <summary>
    /// Where <see cref="UseModelCache"/> keeps its files; null for the folder named by the <c>DATAFLOW_MODEL_CACHE_DIR</c>
    /// environment variable, else <c>DataFlow/model-cache</c> in the user's local application data folder (no cache when
    /// the user has none). The folder is created when first written.
    /// </summary>
    public string? ModelCacheDirectory { get; set; }
}
