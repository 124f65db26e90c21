namespace DataFlow.Diff;

/// <summary>Options of <see cref="SchemaDiffer.Compare"/>.</summary>
public sealed record DiffOptions
{
    /// <summary>The default options: no confirmed renames.</summary>
    public static DiffOptions Default { get; } = new();

    /// <summary>Confirmed renames of tables and columns; each turns a drop and an add into a rename.</summary>
    public IReadOnlyList<RenameMapping> Renames { get; init; } = [];
}
