namespace DataFlow;

/// <summary>Bad configuration or input: a malformed URL, an unknown scheme, an invalid option.</summary>
public sealed class DataFlowConfigurationException : DataFlowException
{
    internal DataFlowConfigurationException(string code, string message, string? hint = null, Exception? innerException = null)
        : base(code, message, hint, innerException)
    {
    }
}
