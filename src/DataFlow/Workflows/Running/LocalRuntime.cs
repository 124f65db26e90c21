using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataFlow.Workflows;

/// <summary>
/// Runs workflows in this process: nodes in dependency order, independent asynchronous branches concurrently
/// (bounded by <see cref="LocalRuntimeOptions.MaxConcurrency"/>). Type names are resolved in the catalog it was
/// created with — a database's own nodes first, then the built-ins. Thread-safe; one runtime can run many
/// workflows at once.
/// </summary>
/// <example>
/// <code>
/// var runtime = new LocalRuntime(db);
/// var (results, runId) = await runtime.ExecuteAsync(workflow.Build());
/// var records = results["get_users"]["result"];
/// </code>
/// </example>
public sealed class LocalRuntime
{
    private readonly NodeCatalog _catalog;
    private readonly LocalRuntimeOptions _options;
    private readonly ILogger _logger;
    private readonly Func<string, bool, Task>? _onRunEnd;

    /// <summary>A runtime for workflows of built-in nodes (and nodes added as classes or instances).</summary>
    public LocalRuntime(LocalRuntimeOptions? options = null)
        : this(NodeCatalog.BuiltIn, options)
    {
    }

    /// <summary>A runtime that resolves type names in <paramref name="db"/>'s node catalog, then the built-ins, and logs through its logger factory.</summary>
    public LocalRuntime(DataFlowDb db, LocalRuntimeOptions? options = null)
        : this((db ?? throw new ArgumentNullException(nameof(db))).Nodes, options ?? new LocalRuntimeOptions(), db.Options.LoggerFactory) =>
        _onRunEnd = db.Data.EndRunAsync;

    /// <summary>A runtime that resolves type names in <paramref name="catalog"/>.</summary>
    public LocalRuntime(NodeCatalog catalog, LocalRuntimeOptions? options = null)
        : this(catalog, options ?? new LocalRuntimeOptions(), null)
    {
    }

    private LocalRuntime(NodeCatalog catalog, LocalRuntimeOptions options, ILoggerFactory? fallbackLoggerFactory)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (options.MaxConcurrency < 1)
        {
            throw DataFlowErrors.InvalidOption(nameof(LocalRuntimeOptions.MaxConcurrency), $"it is {options.MaxConcurrency}", "Use 1 or more (1 runs nodes one after another).");
        }

        _catalog = catalog;
        _options = options;
        _logger = (options.LoggerFactory ?? fallbackLoggerFactory)?.CreateLogger("DataFlow.Workflows") ?? NullLogger.Instance;
    }

    /// <summary>Runs <paramref name="workflow"/> with the parameters it was built with.</summary>
    /// <returns>The results by node id, the run id, and every node's status.</returns>
    /// <exception cref="WorkflowValidationException">A node type is unknown to this runtime's catalog, or does not fit its parameters (checked before any node runs).</exception>
    /// <exception cref="WorkflowExecutionException">A node failed; the error names it, the run id and the cause, and carries what ran.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<WorkflowResult> ExecuteAsync(Workflow workflow, CancellationToken cancellationToken = default) =>
        ExecuteAsync(workflow, null, cancellationToken);

    /// <summary>
    /// Runs <paramref name="workflow"/> with run-time parameters <c>{ node_id: { parameter: value } }</c> (an
    /// anonymous object, a dictionary or JSON) that override the built ones. A connected input still takes its
    /// value from the connection.
    /// </summary>
    /// <returns>The results by node id, the run id, and every node's status.</returns>
    /// <exception cref="WorkflowValidationException">The workflow or the run-time parameters are not valid (checked before any node runs).</exception>
    /// <exception cref="WorkflowExecutionException">A node failed; the error names it, the run id and the cause, and carries what ran.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<WorkflowResult> ExecuteAsync(Workflow workflow, object? parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        try
        {
            var plan = workflow.GetPlan(_catalog);
            var overrides = RunOverrides.Create(plan, parameters);
            var runId = Guid.NewGuid().ToString();
            var run = new WorkflowRun(plan, overrides, runId, _logger, _options).RunAsync(cancellationToken);
            return _onRunEnd is null ? run : EndingAsync(run, runId);
        }
        catch (Exception exception)
        {
            return Task.FromException<WorkflowResult>(exception);
        }
    }

    /// <summary>Ends a transaction the run left open (TransactionScopeNode): committed on success, rolled back on failure when asked.</summary>
    private async Task<WorkflowResult> EndingAsync(Task<WorkflowResult> run, string runId)
    {
        WorkflowResult result;
        try
        {
            result = await run;
        }
        catch
        {
            await _onRunEnd!(runId, true);
            throw;
        }

        await _onRunEnd!(runId, false);
        return result;
    }
}
