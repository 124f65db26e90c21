namespace DataFlow;

/// <summary>The catalogs could not be read (for example for lack of privileges).</summary>
public sealed class SchemaDiscoveryException : DataFlowException
{
    internal SchemaDiscoveryException(string code, string message, string? hint = null, Exception? innerException = null)
        : base(code, message, hint, innerException)
    {
    }
}
