namespace DataFlow;

/// <summary>
/// The base of every error DataFlow raises on purpose. <see cref="Code"/> is stable across versions
/// (see <c>docs/errors.md</c>); the message says what was wrong and <see cref="Hint"/> how to fix it.
/// A database error that caused it is kept as <see cref="Exception.InnerException"/>.
/// </summary>
public class DataFlowException : Exception
{
    /// <summary>Creates an error with a code, a message and an optional fix.</summary>
    public DataFlowException(string code, string message, string? hint = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Hint = hint;
    }

    /// <summary>The stable error code, e.g. <c>DF-URL-001</c>.</summary>
    public string Code { get; }

    /// <summary>How to fix the problem, or null.</summary>
    public string? Hint { get; }

    /// <summary>The code, message and hint on one or two lines, as the CLI prints them.</summary>
    public string Describe() => Hint is null ? $"{Code}: {Message}" : $"{Code}: {Message}{Environment.NewLine}  hint: {Hint}";
}
