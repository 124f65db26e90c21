namespace DataFlow.Cli.Commands;

/// <summary>The arguments of <c>dataflow sample</c>.</summary>
internal sealed record SampleOptions
{
    /// <summary>The default file name, in the current directory.</summary>
    public const string DefaultFile = "dataflow-sample.db";

    /// <summary>Where to create the database.</summary>
    public string OutFile { get; init; } = DefaultFile;

    /// <summary>Replace an existing file.</summary>
    public bool Force { get; init; }

    /// <summary>Print full errors.</summary>
    public bool Verbose { get; init; }
}
