using System.CommandLine;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Samples;

namespace DataFlow.Cli.Commands;

/// <summary><c>dataflow sample</c>: creates the bundled sample SQLite database (a small shop) to try the other commands on.</summary>
internal sealed class SampleCommand : Command
{
    private const string About =
        "Create the sample SQLite database: a small shop schema (8 tables, a view, a trigger, a few rows) " +
        "to try 'dataflow discover' on. Refuses to replace an existing file unless --force.";

    private readonly CliHost _host;
    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "The database file to create.",
        HelpName = "FILE",
        DefaultValueFactory = _ => SampleOptions.DefaultFile,
    };

    private readonly Option<bool> _force = new("--force", "-f") { Description = "Replace the file if it exists." };
    private readonly Option<bool> _verbose = CommonOptions.Verbose();

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public SampleCommand(CliHost host)
        : base("sample", About)
    {
        _host = host;
        Options.Add(_out);
        Options.Add(_force);
        Options.Add(_verbose);
        SetAction((parseResult, cancellationToken) =>
        {
            var options = Bind(parseResult);
            return CommandRunner.RunAsync(_host, options.Verbose, () => ExecuteAsync(options, cancellationToken));
        });
    }

    /// <summary>Reads the typed options from a parse result.</summary>
    public SampleOptions Bind(ParseResult parseResult) => new()
    {
        OutFile = parseResult.GetValue(_out) ?? SampleOptions.DefaultFile,
        Force = parseResult.GetValue(_force),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Creates the database and prints where it is; returns the exit code.</summary>
    public async Task<int> ExecuteAsync(SampleOptions options, CancellationToken cancellationToken = default)
    {
        var path = OutputPath.Check(options.OutFile, "--out");
        if (File.Exists(path) && !options.Force)
        {
            throw DataFlowErrors.InvalidOption("--out", $"the file '{path}' already exists", "Pass --force to replace it, or choose another file with --out.");
        }

        var contents = await SampleDatabase.CreateAsync(path, cancellationToken);
        await _host.Out.WriteLineAsync($"Created the sample database {path} ({contents}).");
        await _host.Out.WriteLineAsync($"Discover it: dataflow discover --url sqlite:///{path}");
        return ExitCodes.Ok;
    }
}
