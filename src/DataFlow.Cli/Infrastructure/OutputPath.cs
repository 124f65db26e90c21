namespace DataFlow.Cli.Infrastructure;

/// <summary>Checks a file path given to an <c>--out</c> option before any work is done.</summary>
internal static class OutputPath
{
    /// <summary>The absolute path, after checking that it is not a folder and that its folder exists.</summary>
    /// <exception cref="DataFlowException">DF-OPT-001 when the path is empty, a folder, or in a missing folder.</exception>
    public static string Check(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw DataFlowErrors.InvalidOption(option, "the path is empty", "Give a file path, for example --out schema.json.");
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw DataFlowErrors.InvalidOption(option, $"'{full}' is a folder", "Give a file path inside it, for example " + Path.Combine(path, "file") + ".");
        }

        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            throw DataFlowErrors.InvalidOption(option, $"the folder '{folder}' does not exist", "Create the folder first, or choose another path.");
        }

        return full;
    }
}
