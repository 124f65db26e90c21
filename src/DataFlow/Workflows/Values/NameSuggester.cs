namespace DataFlow.Workflows;

/// <summary>"Did you mean …?": the closest known name to a misspelt one.</summary>
internal static class NameSuggester
{
    /// <summary>
    /// The candidate equal to <paramref name="name"/> ignoring case, else the one sharing the longest prefix with it
    /// when that prefix has 4 or more characters and covers 60 % of the name ("warn" → "warning", "params" →
    /// "parameters"), else the one with the smallest edit distance if that distance is at most a third of the
    /// name's length (at least 2); null when nothing is close.
    /// </summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        string? prefixed = null;
        var longestPrefix = 0;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var prefix = CommonPrefix(name, candidate);
            if (prefix >= 4 && prefix * 5 >= name.Length * 3 && prefix > longestPrefix)
            {
                (prefixed, longestPrefix) = (candidate, prefix);
            }

            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return prefixed ?? (bestDistance <= Math.Max(2, name.Length / 3) ? best : null);
    }

    private static int CommonPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && char.ToLowerInvariant(a[length]) == char.ToLowerInvariant(b[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>The Levenshtein distance (insertions, deletions, substitutions) between two strings.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
