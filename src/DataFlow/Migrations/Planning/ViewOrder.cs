using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <summary>
/// Orders views so that each comes after the views its definition names. A view "reads" another when the other's
/// name appears in its definition as a whole identifier (case-insensitive) — a cheap, conservative test that never
/// misses a dependency but may see one in a string literal, which only costs an unneeded recreation.
/// </summary>
internal static class ViewOrder
{
    /// <summary>The views in dependency order, otherwise in their given order.</summary>
    public static IReadOnlyList<View> Sort(IEnumerable<View> views)
    {
        var pending = views.ToList();
        var sorted = new List<View>(pending.Count);
        var placed = new HashSet<View>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(v => pending.All(other => ReferenceEquals(other, v) || !Mentions(v.Definition, other.Name)))
                       ?? pending[0]; // a cycle cannot be created anyway; keep the given order
            sorted.Add(next);
            placed.Add(next);
            pending.Remove(next);
        }

        return sorted;
    }

    /// <summary>True when <paramref name="name"/> occurs in <paramref name="sql"/> as a whole identifier.</summary>
    public static bool Mentions(string sql, string name)
    {
        for (var at = sql.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = sql.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !IsIdentifierChar(sql[at - 1])) && (end == sql.Length || !IsIdentifierChar(sql[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
