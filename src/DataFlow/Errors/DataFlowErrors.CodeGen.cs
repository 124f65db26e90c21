namespace DataFlow;

/// <summary>Code generation errors (<c>DF-GEN-…</c>).</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowException InvalidNamespace(string name) => new(
        ErrorCodes.InvalidNamespace,
        $"'{name}' is not a valid C# namespace.",
        "Use dot-separated identifiers that are not C# keywords, e.g. Shop.Models.");

    public static DataFlowException NoTableMatched(IEnumerable<string> globs) => new(
        ErrorCodes.NoTableMatched,
        $"No table or view matches {string.Join(", ", globs.Select(g => "'" + g + "'"))}; nothing was written.",
        "Check the names with dataflow discover; PostgreSQL tables can be matched as schema.table or by name alone.");

    public static DataFlowException OutputNotWritable(string folder, Exception inner) => new(
        ErrorCodes.OutputNotWritable,
        $"The models folder '{folder}' cannot be written: {inner.Message}",
        "Pass a folder this user can write to with --out.",
        inner);

    public static DataFlowException TableFilterWithSingleFile() => new(
        ErrorCodes.TableFilterWithSingleFile,
        "Table globs cannot be combined with single-file output: the single file always holds every table.",
        "Drop --table to regenerate the single file, or drop --single-file to regenerate some tables.");
}
