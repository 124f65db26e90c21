namespace DataFlow.Cli.Infrastructure;

/// <summary>
/// Everything a command touches outside itself: the two output streams, whether they are terminals,
/// the environment and the schema source. Tests build one around <see cref="StringWriter"/>s.
/// </summary>
internal sealed record CliHost
{
    /// <summary>Standard output: the product of the command (report, JSON, confirmation).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: errors, warnings in machine modes, progress, verbose diagnostics.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>True when <see cref="Out"/> is an interactive terminal (colours, terminal width).</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>True when <see cref="Error"/> is an interactive terminal (progress display).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Reads an environment variable (<c>DATABASE_URL</c>).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Masks passwords in everything printed on an error path.</summary>
    public SecretRedactor Redactor { get; init; } = SecretRedactor.PatternsOnly;

    /// <summary>Where schemas come from.</summary>
    public ISchemaSource SchemaSource { get; init; } = DataFlowSchemaSource.Instance;

    /// <summary>
    /// A host for the given writers. They count as terminals only when they are the process's own console
    /// streams and those are not redirected.
    /// </summary>
    public static CliHost For(TextWriter stdout, TextWriter stderr) => new()
    {
        Out = stdout,
        Error = stderr,
        OutIsTerminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected,
        ErrorIsTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected,
    };
}
