using System.CommandLine;
using DataFlow.Cli.Infrastructure;
using DataFlow.Cli.Rendering;
using DataFlow.Diff;
using DataFlow.Migrations.Ddl;
using DataFlow.Migrations.Files;
using DataFlow.Migrations.Planning;
using DataFlow.Snapshots;

namespace DataFlow.Cli.Commands;

/// <summary>
/// <c>dataflow migrations add NAME</c>: plans the migration from the database (or <c>--from</c>) to <c>--to</c> and
/// writes it as <c>DIR/NNN_name.sql</c>, each statement annotated with its risk, destructive ones commented out
/// unless <c>--allow-destructive</c>. Exit 0 written (or nothing to do), 1 error.
/// </summary>
internal sealed class MigrationsAddCommand : Command
{
    private const string About =
        "Write the next versioned migration (DIR/NNN_name.sql) that takes the database (or --from) to the --to schema: SQL in dependency order, " +
        "each statement annotated with its risk; destructive statements and unconfirmed renames are written commented out.";

    private readonly CliHost _host;
    private readonly Argument<string> _name = new("NAME") { Description = "What the migration does, e.g. add_user_email (written in snake_case)." };
    private readonly Option<string?> _url = new("--url", "-u") { Description = "The database the migration starts from. Default: $DATABASE_URL.", HelpName = "URL" };
    private readonly Option<string?> _from = new("--from") { Description = "Start from this snapshot (or URL) instead of the database, e.g. the last committed snapshot.", HelpName = "SNAPSHOT|URL" };
    private readonly Option<string?> _to = new("--to") { Description = "The schema the migration leads to: a snapshot file (.json), C# models (folder, .cs or .dll) or a database URL.", HelpName = "SNAPSHOT|MODELS|URL" };
    private readonly Option<string?> _models = new("--models", "-m") { Description = "The C# models the migration leads to (a folder of .cs files read without a build, or a .dll); same as --to MODELS.", HelpName = "DIR|DLL" };
    private readonly Option<string> _dir = new("--dir") { Description = "The migrations folder.", HelpName = "DIR", DefaultValueFactory = _ => "db_migrations" };
    private readonly Option<bool> _allowDestructive = new("--allow-destructive") { Description = "Write destructive statements (drops, narrowing, NOT NULL) live instead of commented out." };
    private readonly Option<bool> _concurrently = new("--concurrently") { Description = "PostgreSQL: build indexes on existing tables CONCURRENTLY (the file then runs without a transaction)." };
    private readonly Option<string[]> _rename = new("--rename") { Description = "Confirm a rename (repeatable): table.column=table.new_column or table=new_table.", HelpName = "FROM=TO" };
    private readonly Option<bool> _timestamp = new("--timestamp") { Description = "Write the generation time into the header (the file is otherwise byte-identical for the same schemas)." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the result (file, steps, risks) as JSON to stdout." };
    private readonly Option<bool> _verbose = CommonOptions.Verbose();

    /// <summary>Creates the command for <paramref name="host"/>.</summary>
    public MigrationsAddCommand(CliHost host)
        : base("add", About)
    {
        _host = host;
        Arguments.Add(_name);
        foreach (var option in (Option[])[_url, _from, _to, _models, _dir, _allowDestructive, _concurrently, _rename, _timestamp, _json, _verbose])
        {
            Options.Add(option);
        }

        SetAction((parseResult, cancellationToken) =>
        {
            var options = Bind(parseResult);
            return CommandRunner.RunAsync(_host, options.Verbose, () => ExecuteAsync(options, cancellationToken));
        });
    }

    /// <summary>Reads the typed options from a parse result.</summary>
    public MigrationsAddOptions Bind(ParseResult parseResult) => new()
    {
        Name = parseResult.GetValue(_name)!,
        Url = parseResult.GetValue(_url),
        From = parseResult.GetValue(_from),
        To = parseResult.GetValue(_to),
        Models = parseResult.GetValue(_models),
        Directory = parseResult.GetValue(_dir) ?? "db_migrations",
        AllowDestructive = parseResult.GetValue(_allowDestructive),
        Concurrently = parseResult.GetValue(_concurrently),
        Renames = parseResult.GetValue(_rename) ?? [],
        Timestamp = parseResult.GetValue(_timestamp),
        Json = parseResult.GetValue(_json),
        Verbose = parseResult.GetValue(_verbose),
    };

    /// <summary>Plans and writes the migration; returns the exit code.</summary>
    public async Task<int> ExecuteAsync(MigrationsAddOptions options, CancellationToken cancellationToken = default)
    {
        var renames = options.Renames.Select(text => RenameMapping.TryParse(text) ?? throw DataFlowErrors.InvalidRename(text)).ToList();
        MigrationFileWriter.NextFileName(options.Directory, options.Name);
        var fromSource = options.From ?? options.Url ?? _host.GetEnvironmentVariable(Connections.DatabaseUrl.EnvironmentVariable) ?? throw DataFlowErrors.MissingUrl();
        var toSource = TargetOf(options);
        var (from, to) = await SchemaInput.LoadPairAsync(fromSource, toSource, dialect: null, _host, cancellationToken);
        var diff = SchemaDiffer.Compare(from, to, new DiffOptions { Renames = renames });
        var plannerOptions = new MigrationPlannerOptions
        {
            AllowDestructive = options.AllowDestructive,
            ConcurrentIndexes = options.Concurrently,
            SqliteTriggers = await SqliteTriggersAsync(fromSource, from, cancellationToken),
        };
        var plan = MigrationPlanner.Plan(from, to, diff, plannerOptions);
        if (!diff.NotCompared.IsEmpty)
        {
            var kinds = string.Join(", ", diff.NotCompared.Select(o => o.ObjectKind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            await _host.Error.WriteLineAsync(
                $"note: {DiffText.Plural(diff.NotCompared.Count, "object")} {(diff.NotCompared.Count == 1 ? "is" : "are")} not in the schema model ({kinds}); the migration does not create, change or drop them.".AsMemory(),
                cancellationToken);
        }

        if (plan.IsEmpty)
        {
            await MigrationsAddOutput.WriteNothingToDoAsync(_host, options.Json, cancellationToken);
            return ExitCodes.Ok;
        }

        var header = new MigrationFileHeader
        {
            Tool = "dataflow " + CliVersion.Current,
            From = SchemaInput.Label(fromSource),
            To = SchemaInput.Label(toSource),
            FromHash = SchemaSnapshot.ComputeHash(from),
            ToHash = SchemaSnapshot.ComputeHash(to),
            GeneratedAt = options.Timestamp ? DateTimeOffset.UtcNow : null,
        };
        var path = await MigrationFileWriter.WriteAsync(options.Directory, options.Name, plan, header, cancellationToken);
        await MigrationsAddOutput.WriteAsync(_host, path, plan, options.Json, cancellationToken);
        return ExitCodes.Ok;
    }

    /// <summary>The schema the migration leads to: <c>--to</c> or <c>--models</c>, exactly one of them.</summary>
    private static string TargetOf(MigrationsAddOptions options)
    {
        const string usage = "dataflow migrations add NAME --url URL --models Models (or --to SNAPSHOT|URL)";
        return (options.To, options.Models) switch
        {
            ({ } to, null) => to,
            (null, { } models) => models,
            (null, null) => throw DataFlowErrors.ComparisonSidesInvalid("migrations add", "the target schema is missing", usage),
            _ => throw DataFlowErrors.ComparisonSidesInvalid("migrations add", "--to and --models both name the target schema", usage),
        };
    }

    /// <summary>The triggers of a SQLite "from" database (not in the schema model), so that table rebuilds recreate them.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> SqliteTriggersAsync(string fromSource, Schema.DatabaseSchema from, CancellationToken cancellationToken)
    {
        if (SchemaInput.KindOf(fromSource) != SchemaInputKind.Database || from.Dialect != "sqlite")
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        var database = ResolvedDatabase.Resolve(fromSource, _host);
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = database.Url, AutoMigrate = false, ExistingSchemaMode = true, EnableModelPersistence = false });
        return await SqliteTableRebuild.ReadTriggersAsync(db, cancellationToken);
    }
}
