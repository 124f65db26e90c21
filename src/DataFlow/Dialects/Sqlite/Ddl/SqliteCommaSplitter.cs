using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// The parts of a token range between commas outside parentheses, one cursor at a time (<see cref="TryNext"/>),
/// so that splitting allocates nothing. A range with n such commas has n + 1 parts, empty ones included.
/// </summary>
internal struct SqliteCommaSplitter
{
    private readonly SqliteTokenCursor _range;
    private int _next;
    private bool _done;

    /// <summary>Splits what <paramref name="range"/> has not read yet.</summary>
    public SqliteCommaSplitter(SqliteTokenCursor range)
    {
        _range = range;
        _next = range.Bounds.Position;
    }

    /// <summary>How many parts there are (read ahead, without moving).</summary>
    public readonly int Count()
    {
        var count = 1;
        var end = _range.Bounds.End;
        for (var i = _next; i < end; i++)
        {
            if (_range.IsPunctuationAt(i, '('))
            {
                i = _range.FindClosing(i);
            }
            else if (_range.IsPunctuationAt(i, ','))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The next part; false after the last one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryNext(out SqliteTokenCursor part)
    {
        if (_done)
        {
            part = default;
            return false;
        }

        var end = _range.Bounds.End;
        for (var i = _next; i < end; i++)
        {
            if (_range.IsPunctuationAt(i, '('))
            {
                i = _range.FindClosing(i);
            }
            else if (_range.IsPunctuationAt(i, ','))
            {
                part = _range.Slice(_next, i);
                _next = i + 1;
                return true;
            }
        }

        part = _range.Slice(_next, end);
        _done = true;
        return true;
    }
}
