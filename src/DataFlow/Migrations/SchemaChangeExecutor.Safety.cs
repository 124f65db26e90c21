namespace DataFlow.Migrations;

/// <summary>The executor's check for multi-step operations (the safety kit) that must refuse before their first step.</summary>
internal sealed partial class SchemaChangeExecutor
{
    /// <summary>Throws <c>DF-MODEL-005</c> in existing-schema mode, naming <paramref name="statement"/>, before anything runs (data steps included).</summary>
    public void EnsureAllowed(string purpose, string statement) => RefuseIfBlocked(purpose, statement);
}
