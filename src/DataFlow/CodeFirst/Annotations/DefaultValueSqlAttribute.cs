namespace DataFlow.Annotations;

/// <summary>The column's DEFAULT as SQL, exactly as the database reports it (<c>now()</c>, <c>'active'::text</c>).</summary>
/// <param name="sql">The default expression.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class DefaultValueSqlAttribute(string sql) : Attribute
{
    /// <summary>The default expression.</summary>
    public string Sql { get; } = sql;
}
