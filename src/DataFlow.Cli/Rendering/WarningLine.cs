namespace DataFlow.Cli.Rendering;

/// <summary>One line of the warnings section: a code with its text, or (code null) an indented detail line.</summary>
/// <param name="Code">The warning code, or null for a detail line under the previous one.</param>
/// <param name="Text">The text, without markup.</param>
internal sealed record WarningLine(string? Code, string Text);
