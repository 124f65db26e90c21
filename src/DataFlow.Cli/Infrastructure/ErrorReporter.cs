namespace DataFlow.Cli.Infrastructure;

/// <summary>
/// Prints an error the way every command does: <c>DF-XXX: message</c> and <c>hint:</c> on stderr, no
/// stack trace unless verbose (then the whole exception chain), always with passwords masked.
/// </summary>
internal sealed class ErrorReporter(TextWriter error, SecretRedactor redactor)
{
    /// <summary>Writes <paramref name="exception"/> and returns <see cref="ExitCodes.Error"/>.</summary>
    public int Report(Exception exception, bool verbose)
    {
        var text = exception switch
        {
            DataFlowException dataFlow => dataFlow.Describe(),
            OperationCanceledException => "error: cancelled.",
            _ => $"error: {exception.Message} ({exception.GetType().Name})" + Environment.NewLine +
                 "  hint: this is not a DataFlow error; run again with --verbose for the full error, and report it if it persists.",
        };
        Write(text);
        if (verbose && exception is not OperationCanceledException)
        {
            Write(string.Empty);
            Write(exception.ToString());
        }

        return ExitCodes.Error;
    }

    private void Write(string text) => error.WriteLine(redactor.Redact(text));
}
