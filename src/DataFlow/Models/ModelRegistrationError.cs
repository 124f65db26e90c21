namespace DataFlow.Models;

/// <summary>A table that could not be registered, with the reason.</summary>
/// <param name="Table">The table name as asked for.</param>
/// <param name="Code">The error code (<c>DF-MODEL-002</c>, ...).</param>
/// <param name="Reason">What was wrong and how to fix it.</param>
public sealed record ModelRegistrationError(string Table, string Code, string Reason);
