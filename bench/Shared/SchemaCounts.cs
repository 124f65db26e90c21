namespace DataFlow.Bench;

/// <summary>How much of a schema a tool read (or a generator wrote), so that tools can be compared.</summary>
internal sealed record SchemaCounts(int Tables, int Columns, int ForeignKeys, int Indexes)
{
    public override string ToString() => $"{Tables:N0} / {Columns:N0} / {ForeignKeys:N0} / {Indexes:N0}";
}
