namespace DataFlow.CodeGen;

/// <summary>
/// The names already taken in one scope (a namespace or a class); hands out a unique name by appending
/// 2, 3, … in the order names are asked for, so callers that ask in a stable order get stable names.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Creates a scope where <paramref name="reserved"/> are already taken.</summary>
    public NameScope(params IEnumerable<string> reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>Whether <paramref name="name"/> is taken.</summary>
    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>Takes <paramref name="name"/>, or the first free <c>name2</c>, <c>name3</c>, ….</summary>
    public string Take(string name)
    {
        if (_taken.Add(name))
        {
            return name;
        }

        for (var n = 2; ; n++)
        {
            var candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
