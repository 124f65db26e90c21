namespace DataFlow;

/// <summary>Code generation codes (<c>DF-GEN-…</c>): scaffolding C# models from a schema.</summary>
public static partial class ErrorCodes
{
    /// <summary>The namespace given for the generated code is not a valid C# namespace.</summary>
    public const string InvalidNamespace = "DF-GEN-001";

    /// <summary>The table globs of a scaffold match no table or view of the schema.</summary>
    public const string NoTableMatched = "DF-GEN-002";

    /// <summary>The models folder cannot be created or written.</summary>
    public const string OutputNotWritable = "DF-GEN-003";

    /// <summary>Table globs were combined with single-file output (the single file always holds every object).</summary>
    public const string TableFilterWithSingleFile = "DF-GEN-004";
}
