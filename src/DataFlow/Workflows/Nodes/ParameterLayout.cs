namespace DataFlow.Workflows;

/// <summary>
/// The slots of one node's input values: declared parameters first, then undeclared names (for nodes that accept
/// them). Shared by every run; a run fills an <c>object?[]</c> of the same length.
/// </summary>
internal sealed class ParameterLayout
{
    private const int LinearSearchLimit = 8;
    private readonly Dictionary<string, int>? _index;

    public ParameterLayout(string[] names, NodeParameter?[] declared)
    {
        Names = names;
        Declared = declared;
        if (names.Length > LinearSearchLimit)
        {
            _index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                _index[names[i]] = i;
            }
        }
    }

    /// <summary>The name of each slot.</summary>
    public string[] Names { get; }

    /// <summary>The declaration of each slot; null for an undeclared name.</summary>
    public NodeParameter?[] Declared { get; }

    /// <summary>The slot of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(name, out var slot) ? slot : -1;
        }

        var names = Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A layout with <paramref name="extra"/> names appended as undeclared slots.</summary>
    public ParameterLayout With(IReadOnlyList<string> extra)
    {
        var names = new string[Names.Length + extra.Count];
        var declared = new NodeParameter?[names.Length];
        Names.CopyTo(names, 0);
        Declared.CopyTo(declared, 0);
        for (var i = 0; i < extra.Count; i++)
        {
            names[Names.Length + i] = extra[i];
        }

        return new ParameterLayout(names, declared);
    }
}
