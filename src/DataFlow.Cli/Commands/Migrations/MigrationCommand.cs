using System.CommandLine;
using System.Globalization;
using DataFlow.Cli.Infrastructure;
using DataFlow.Migrations.Locking;
using DataFlow.Migrations.Runner;

namespace DataFlow.Cli.Commands;

/// <summary>
/// The shape shared by the versioned-migration commands: <c>--url</c>, <c>--dir</c>, <c>--json</c>, <c>--verbose</c>
/// (and <c>--lock-timeout</c> for those that take the lock), binding into <see cref="MigrationCommandOptions"/>, and
/// a <see cref="MigrationRunner"/> on the resolved database.
/// </summary>
internal abstract class MigrationCommand : Command
{
    private readonly Option<string?> _url = new("--url", "-u") { Description = "The database. Default: $DATABASE_URL.", HelpName = "URL" };
    private readonly Option<string> _dir = new("--dir") { Description = "The folder of NNN_name.sql migration files.", HelpName = "DIR", DefaultValueFactory = _ => DataFlow.Migrations.Scripts.MigrationScriptLoader.DefaultFolder };
    private readonly Option<bool> _json = new("--json") { Description = "Print the result as JSON to stdout." };
    private readonly Option<bool> _verbose = CommonOptions.Verbose();
    private readonly Option<int> _lockTimeout = new("--lock-timeout") { Description = "Seconds to wait for another migration to release the lock.", HelpName = "SECONDS", DefaultValueFactory = _ => 60 };

    /// <summary>Creates the command; <paramref name="locks"/> adds <c>--lock-timeout</c>, <paramref name="usesFolder"/> adds <c>--dir</c>.</summary>
    protected MigrationCommand(CliHost host, string name, string about, bool locks, bool usesFolder = true)
        : base(name, about)
    {
        Host = host;
        Options.Add(_url);
        if (usesFolder)
        {
            Options.Add(_dir);
        }

        if (locks)
        {
            Options.Add(_lockTimeout);
        }

        Options.Add(_json);
        Options.Add(_verbose);
        SetAction((parseResult, cancellationToken) =>
        {
            var options = Bind(parseResult);
            return CommandRunner.RunAsync(Host, options.Verbose, () => RunAsync(options, cancellationToken));
        });
    }

    /// <summary>Where output goes.</summary>
    protected CliHost Host { get; }

    /// <summary>Reads the typed options from a parse result.</summary>
    public MigrationCommandOptions Bind(ParseResult parseResult) => BindMore(parseResult, new MigrationCommandOptions
    {
        Url = parseResult.GetValue(_url),
        Dir = parseResult.GetValue(_dir) ?? DataFlow.Migrations.Scripts.MigrationScriptLoader.DefaultFolder,
        Json = parseResult.GetValue(_json),
        Verbose = parseResult.GetValue(_verbose),
        LockTimeoutSeconds = parseResult.GetValue(_lockTimeout),
    });

    /// <summary>Runs the command on a resolved database; returns the exit code.</summary>
    public async Task<int> RunAsync(MigrationCommandOptions options, CancellationToken cancellationToken = default)
    {
        var database = ResolvedDatabase.Resolve(options.Url, Host);
        await using var db = new DataFlowDb(new DataFlowOptions
        {
            DatabaseUrl = database.Url,
            ApplicationId = string.Create(CultureInfo.InvariantCulture, $"dataflow {Name} pid {Environment.ProcessId}"),
        });
        return await ExecuteAsync(new MigrationRunner(db.Data, db.SchemaChanges), database, options, cancellationToken);
    }

    /// <summary>Adds the command's own options to <paramref name="options"/>.</summary>
    protected virtual MigrationCommandOptions BindMore(ParseResult parseResult, MigrationCommandOptions options) => options;

    /// <summary>The command's work.</summary>
    protected abstract Task<int> ExecuteAsync(MigrationRunner runner, ResolvedDatabase database, MigrationCommandOptions options, CancellationToken cancellationToken);

    /// <summary>The lock options: the timeout, and a notice on stderr when the lock is busy.</summary>
    protected MigrationLockOptions LockOptions(MigrationCommandOptions options) => new()
    {
        Timeout = TimeSpan.FromSeconds(Math.Max(0, options.LockTimeoutSeconds)),
        OnWaiting = holder => Host.Error.WriteLine(Host.Redactor.Redact($"Waiting for the migration lock (held by {holder ?? "another process"})...")),
    };

    /// <summary>Parses a version given on the command line (<c>3</c> or <c>003</c>).</summary>
    protected static long? ParseVersion(string option, string? text) =>
        text is null ? null
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw DataFlowErrors.InvalidMigrationVersion(option, text);
}
