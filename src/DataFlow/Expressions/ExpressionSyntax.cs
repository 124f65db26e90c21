namespace DataFlow.Expressions;

/// <summary>
/// A node of a parsed expression (the syntax tree). The node kinds are the small records below; they live in one
/// file because together they are the grammar, and none has behaviour of its own.
/// </summary>
/// <param name="Position">The 0-based offset in the expression where the node starts (for error messages).</param>
internal abstract record ExpressionSyntax(int Position);

/// <summary>A literal: a number (<see cref="long"/>, <see cref="decimal"/> or <see cref="double"/>), a string, a boolean, or null.</summary>
internal sealed record LiteralSyntax(object? Value, int Position) : ExpressionSyntax(Position);

/// <summary>A column reference, as written (checked against the table by the validator).</summary>
internal sealed record ColumnSyntax(string Name, int Position) : ExpressionSyntax(Position);

/// <summary><c>-x</c> or <c>NOT x</c>.</summary>
internal sealed record UnarySyntax(string Operator, ExpressionSyntax Operand, int Position) : ExpressionSyntax(Position);

/// <summary>An arithmetic (<c>+ - * / %</c>), concatenation (<c>||</c>), comparison or logical (<c>AND</c>, <c>OR</c>) operation.</summary>
internal sealed record BinarySyntax(string Operator, ExpressionSyntax Left, ExpressionSyntax Right, int Position) : ExpressionSyntax(Position);

/// <summary><c>x IS NULL</c> or <c>x IS NOT NULL</c>.</summary>
internal sealed record IsNullSyntax(ExpressionSyntax Operand, bool Negated, int Position) : ExpressionSyntax(Position);

/// <summary><c>x [NOT] IN (a, b, …)</c>.</summary>
internal sealed record InSyntax(ExpressionSyntax Operand, IReadOnlyList<ExpressionSyntax> Items, bool Negated, int Position) : ExpressionSyntax(Position);

/// <summary><c>x [NOT] BETWEEN low AND high</c>.</summary>
internal sealed record BetweenSyntax(ExpressionSyntax Operand, ExpressionSyntax Low, ExpressionSyntax High, bool Negated, int Position) : ExpressionSyntax(Position);

/// <summary>A call of a whitelisted function (<see cref="ExpressionFunctions"/>); the name is upper-cased.</summary>
internal sealed record FunctionSyntax(string Name, IReadOnlyList<ExpressionSyntax> Arguments, int Position) : ExpressionSyntax(Position);

/// <summary><c>CASE [operand] WHEN … THEN … [ELSE …] END</c>.</summary>
internal sealed record CaseSyntax(ExpressionSyntax? Operand, IReadOnlyList<CaseBranch> Branches, ExpressionSyntax? Else, int Position) : ExpressionSyntax(Position);

/// <summary>One <c>WHEN … THEN …</c> of a <see cref="CaseSyntax"/>.</summary>
internal sealed record CaseBranch(ExpressionSyntax When, ExpressionSyntax Then);
