using System.CommandLine;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Workflows;
using Microsoft.Extensions.Logging;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow run FILE</c>: runs a workflow JSON file and prints each node's result (records as tables) or,
/// with <c>--json</c>, the whole run as JSON. With a database URL the workflow can use that database's nodes;
/// nothing connects until a node needs the database.
/// </summary>
internal sealed class RunCommand : Command
{
    private const string About =
        "Run a workflow JSON file (nodes with id, type and parameters; connections) and print each node's result. " +
        "Built-in nodes: DataNode, LogNode, SwitchNode. See docs/workflows.md.";

    private readonly CliHost _host;
    private readonly Argument<string> _file = new("FILE") { Description = "The workflow JSON file." };
    private readonly Option<string?> _url = new("--url", "-u")
    {
        Description = "The database whose nodes the workflow may use (no connection until a node needs it). Default: $DATABASE_URL, else none.",
        HelpName = "URL",
    };

    private readonly Option<string[]> _parameters = new("--param", "-p")
    {
        Description = "A run-time parameter NODE.PARAM=VALUE overriding the file's (repeatable). VALUE is JSON when it parses as JSON, else a string.",
        HelpName = "NODE.PARAM=VALUE",
    };

    private readonly Option<bool> _models = new("--models")
    {
        Description = "Load the models registered in the database's model registry (dataflow_model_registry) so that the workflow can use their nodes (UserListNode, ...). Reads only; needs --url or DATABASE_URL.",
    };

    private readonly Option<bool> _json = new("--json") { Description = "Print the run as JSON (run id, status, results, nodes) and nothing else on stdout." };
    private readonly Option<bool> _verbose = CommonOptions.Verbose();

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public RunCommand(CliHost host)
        : base("run", About)
    {
        _host = host;
        Arguments.Add(_file);
        Options.Add(_url);
        Options.Add(_parameters);
        Options.Add(_models);
        Options.Add(_json);
        Options.Add(_verbose);
        SetAction((parseResult, cancellationToken) =>
        {
            var options = Bind(parseResult);
            return CommandRunner.RunAsync(_host, options.Verbose, () => ExecuteAsync(options, cancellationToken));
        });
    }

    /// <summary>Reads the typed options from a parse result.</summary>
    public RunOptions Bind(ParseResult parseResult) => new()
    {
        File = parseResult.GetValue(_file)!,
        Url = parseResult.GetValue(_url),
        Parameters = parseResult.GetValue(_parameters) ?? [],
        Models = parseResult.GetValue(_models),
        Json = parseResult.GetValue(_json),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Loads, runs and prints the workflow; returns the exit code. Errors are thrown (reported by the caller).</summary>
    public async Task<int> ExecuteAsync(RunOptions options, CancellationToken cancellationToken = default)
    {
        var parameters = ParameterAssignments.Parse(options.Parameters);
        using var logs = new StderrLoggerFactory(_host.Error, options.Verbose ? LogLevel.Debug : LogLevel.Information, _host.Redactor);
        await using var db = OpenDatabase(options, logs);
        if (options.Models)
        {
            var models = await (db ?? throw DataFlowErrors.MissingUrl()).ReconstructModelsFromRegistryAsync(cancellationToken);
            _host.Error.WriteLine(models.SkippedReason is { } reason
                ? "models: none (" + reason + ")"
                : $"models: {string.Join(", ", models.ReconstructedModels)}");
        }

        var workflow = await WorkflowFile.LoadAsync(options.File, db?.Nodes, cancellationToken);
        var runtimeOptions = new LocalRuntimeOptions { LoggerFactory = logs };
        var runtime = db is null ? new LocalRuntime(runtimeOptions) : new LocalRuntime(db, runtimeOptions);
        try
        {
            Print(await runtime.ExecuteAsync(workflow, parameters, cancellationToken), options);
            return ExitCodes.Ok;
        }
        catch (WorkflowExecutionException failure)
        {
            Print(failure.Result, options);
            throw;
        }
    }

    /// <summary>The database named by <c>--url</c> or <c>DATABASE_URL</c>, without connecting; null when neither is set.</summary>
    private DataFlowDb? OpenDatabase(RunOptions options, ILoggerFactory logs)
    {
        if (string.IsNullOrWhiteSpace(options.Url) && string.IsNullOrWhiteSpace(_host.GetEnvironmentVariable(Connections.DatabaseUrl.EnvironmentVariable)))
        {
            return null;
        }

        var database = ResolvedDatabase.Resolve(options.Url, _host);
        if (options.Verbose)
        {
            _host.Error.WriteLine($"database: {database.Target.DisplayUrl} ({database.Target.Kind})");
        }

        return new DataFlowDb(new DataFlowOptions
        {
            DatabaseUrl = database.Url,
            AutoMigrate = false,
            ExistingSchemaMode = true,
            ApplicationId = "dataflow-cli",
            LoggerFactory = logs,
        });
    }

    private void Print(WorkflowResult result, RunOptions options)
    {
        if (options.Json)
        {
            _host.Out.WriteLine(WorkflowResultJson.Render(result));
            return;
        }

        WorkflowReport.Render(ConsoleFactory.Create(_host.Out, _host.OutIsTerminal, _host.GetEnvironmentVariable("COLUMNS")), result);
    }
}
