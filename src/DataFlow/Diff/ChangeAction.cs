namespace DataFlow.Diff;

/// <summary>What happened to an object between the two schemas.</summary>
public enum ChangeAction
{
    /// <summary>The object exists only in the "to" schema.</summary>
    Added = 0,

    /// <summary>The object exists only in the "from" schema.</summary>
    Removed,

    /// <summary>One property of the object differs (see <see cref="SchemaChange.Property"/>).</summary>
    Changed,

    /// <summary>A rename confirmed through <see cref="DiffOptions.Renames"/>.</summary>
    Renamed,

    /// <summary>
    /// A removed and an added object that look like one renamed object; reported instead of a drop and an add
    /// until the rename is confirmed (or denied) through <see cref="DiffOptions.Renames"/>.
    /// </summary>
    ProbableRename,
}
