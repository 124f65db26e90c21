namespace DataFlow;

/// <summary>The database could not be reached, refused the login, or does not exist.</summary>
public sealed class DataFlowConnectionException : DataFlowException
{
    internal DataFlowConnectionException(string code, string message, string? hint = null, Exception? innerException = null)
        : base(code, message, hint, innerException)
    {
    }
}
