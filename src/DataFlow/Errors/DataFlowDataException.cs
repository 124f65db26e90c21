namespace DataFlow;

/// <summary>
/// An error of a data operation (a model node or the Express API): bad input such as an unknown field or filter
/// operator, or a write the database refused. <see cref="Path"/> names where in the input the problem is.
/// </summary>
public sealed class DataFlowDataException : DataFlowException
{
    /// <summary>Creates an error with a code, a message, an optional fix, the input path and the driver error.</summary>
    internal DataFlowDataException(string code, string message, string? hint = null, string? path = null, Exception? innerException = null)
        : base(code, message, hint, innerException)
    {
        Path = path;
    }

    /// <summary>Where in the input the problem is (<c>filter.$or[1].age.$gt</c>, <c>data[3].email</c>), or null.</summary>
    public string? Path { get; }
}
