using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Compares identifiers the way SQLite does: case-insensitive for ASCII letters only, so that
/// <c>"Ä"</c> and <c>"ä"</c> stay two names (which <see cref="StringComparer.OrdinalIgnoreCase"/> would merge).
/// </summary>
internal sealed class SqliteNameComparer : IEqualityComparer<string>
{
    /// <summary>The one instance.</summary>
    public static SqliteNameComparer Instance { get; } = new();

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Equals(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (Fold(x[i]) != Fold(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = new HashCode();
        foreach (var c in obj)
        {
            hash.Add(Fold(c));
        }

        return hash.ToHashCode();
    }

    /// <summary>True when the two lists name the same identifiers in the same order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SequenceEqual(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (!Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
}
