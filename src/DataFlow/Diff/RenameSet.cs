namespace DataFlow.Diff;

/// <summary>The confirmed renames of one comparison, looked up by "from" path and by "to" path.</summary>
internal sealed class RenameSet
{
    private readonly Dictionary<string, string> _forward = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _backward = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="renames"/>; a later mapping of the same name wins.</summary>
    public static RenameSet Create(IEnumerable<RenameMapping> renames)
    {
        var set = new RenameSet();
        foreach (var rename in renames)
        {
            set._forward[rename.From] = rename.To;
            set._backward[rename.To] = rename.From;
        }

        return set;
    }

    /// <summary>The confirmed new path of <paramref name="fromPath"/>, if any.</summary>
    public string? NewPathOf(string fromPath) => _forward.GetValueOrDefault(fromPath);

    /// <summary>Whether <paramref name="toPath"/> is the target of a confirmed rename.</summary>
    public bool IsTarget(string toPath) => _backward.ContainsKey(toPath);
}
