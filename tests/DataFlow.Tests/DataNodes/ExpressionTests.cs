using DataFlow.Data;
using DataFlow.Dialects;
using DataFlow.Expressions;
using DataFlow.Connections;
using DataFlow.Schema;

namespace DataFlow.Tests.DataNodes;

/// <summary>The expression language on its own: parsing, validation against a table, rendering, and hostile input.</summary>
public sealed class ExpressionTests
{
    private static readonly Table Orders = new()
    {
        Name = "orders",
        Columns =
        [
            Col("id", LogicalTypeKind.Int64), Col("subtotal", LogicalTypeKind.Decimal), Col("tax", LogicalTypeKind.Decimal),
            Col("shipping", LogicalTypeKind.Decimal), Col("email", LogicalTypeKind.String), Col("status", LogicalTypeKind.String),
            Col("end", LogicalTypeKind.Int32), Col("paid", LogicalTypeKind.Boolean),
        ],
        PrimaryKey = new PrimaryKey { Columns = ["id"] },
    };

    [Fact]
    public void Arithmetic_renders_with_quoted_columns_and_parenthesised_operations()
    {
        var (sql, arguments) = Render("subtotal + tax * 2", DatabaseKind.PostgreSql);

        Assert.Equal("(\"subtotal\" + (\"tax\" * $1))", sql);
        Assert.Equal(2, Assert.Single(arguments).Value);
    }

    [Fact]
    public void Every_literal_is_a_parameter_and_never_part_of_the_text()
    {
        var (sql, arguments) = Render("CASE WHEN status = 'x''); DROP TABLE orders; --' THEN 1.5 ELSE -3 END", DatabaseKind.Sqlite);

        Assert.DoesNotContain("DROP", sql, StringComparison.Ordinal);
        Assert.Equal("(CASE WHEN (\"status\" = @p0) THEN @p1 ELSE (-@p2) END)", sql);
        Assert.Equal(["x'); DROP TABLE orders; --", 1.5, 3L], arguments.Select(a => a.Value));
    }

    [Theory]
    [InlineData("subtotal; DROP TABLE orders", 8)]
    [InlineData("subtotal -- comment", 9)]
    [InlineData("subtotal /* x */", 9)]
    [InlineData("subtotal + $1", 11)]
    [InlineData("subtotal + ?", 11)]
    [InlineData("`subtotal`", 0)]
    [InlineData("'open", 0)]
    [InlineData("\"subtotal", 0)]
    [InlineData("subtotal +", 10)]
    [InlineData("(subtotal", 9)]
    [InlineData("subtotal tax", 9)]
    [InlineData("", 0)]
    [InlineData("CASE END", 5)]
    [InlineData("subtotal IS 5", 12)]
    [InlineData("12abc", 2)]
    public void Syntax_errors_name_their_position(string text, int position)
    {
        var error = Assert.Throws<DataFlowExpressionException>(() => CheckedExpression.Parse(text, Orders));

        Assert.Equal(ErrorCodes.ExpressionSyntax, error.Code);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void An_unknown_column_is_reported_with_its_position_and_a_suggestion()
    {
        var error = Assert.Throws<DataFlowExpressionException>(() => CheckedExpression.Parse("subtotal + taxx", Orders));

        Assert.Equal(ErrorCodes.ExpressionUnknownColumn, error.Code);
        Assert.Equal(11, error.Position);
        Assert.Contains("Did you mean 'tax'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("               ^", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pg_sleep(10)", ErrorCodes.ExpressionUnknownFunction)]
    [InlineData("LOWR(email)", ErrorCodes.ExpressionUnknownFunction)]
    [InlineData("ROUND(subtotal, 2, 3)", ErrorCodes.ExpressionArgumentCount)]
    [InlineData("NULLIF(subtotal)", ErrorCodes.ExpressionArgumentCount)]
    [InlineData("email + 1", ErrorCodes.ExpressionTypeMismatch)]
    [InlineData("LOWER(subtotal)", ErrorCodes.ExpressionTypeMismatch)]
    [InlineData("subtotal AND paid", ErrorCodes.ExpressionTypeMismatch)]
    [InlineData("COALESCE(email, subtotal)", ErrorCodes.ExpressionTypeMismatch)]
    [InlineData("subtotal = email", ErrorCodes.ExpressionTypeMismatch)]
    public void Functions_and_types_are_checked(string text, string code)
    {
        var error = Assert.Throws<DataFlowExpressionException>(() => CheckedExpression.Parse(text, Orders));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void In_and_between_render_with_parameters_and_check_their_items()
    {
        var (sql, arguments) = Render("status NOT IN ('open', 'paid') AND subtotal BETWEEN 1 AND tax * 2", DatabaseKind.PostgreSql);

        Assert.Equal("((\"status\" NOT IN ($1, $2)) AND (\"subtotal\" BETWEEN $3 AND (\"tax\" * $4)))", sql);
        Assert.Equal(["open", "paid", 1, 2], arguments.Select(a => a.Value));
        Assert.Equal(ErrorCodes.ExpressionTypeMismatch, Assert.Throws<DataFlowExpressionException>(() => CheckedExpression.Parse("subtotal IN (email)", Orders)).Code);
        Assert.Equal(ErrorCodes.ExpressionSyntax, Assert.Throws<DataFlowExpressionException>(() => CheckedExpression.Parse("subtotal NOT 5", Orders)).Code);
        Assert.Equal(ErrorCodes.ExpressionSyntax, Assert.Throws<DataFlowExpressionException>(() => CheckedExpression.Parse("subtotal IN ()", Orders)).Code);
    }

    [Fact]
    public void Keywords_as_column_names_need_double_quotes_and_then_resolve()
    {
        Assert.Equal(ErrorCodes.ExpressionSyntax, Assert.Throws<DataFlowExpressionException>(() => CheckedExpression.Parse("end + 1", Orders)).Code);

        var (sql, _) = Render("\"end\" + 1", DatabaseKind.PostgreSql);

        Assert.Equal("(\"end\" + $1)", sql);
    }

    [Fact]
    public void Dialect_spellings_differ_where_the_engines_do()
    {
        Assert.Equal("round(CAST(\"subtotal\" AS numeric), CAST($1 AS integer))", Render("ROUND(subtotal, 2)", DatabaseKind.PostgreSql).Sql);
        Assert.Equal("round(\"subtotal\", @p0)", Render("round(subtotal, 2)", DatabaseKind.Sqlite).Sql);
        Assert.Equal("concat(\"email\", CAST(\"id\" AS text))", Render("CONCAT(email, id)", DatabaseKind.PostgreSql).Sql);
        Assert.Equal("(COALESCE(\"email\", '') || COALESCE(CAST(\"id\" AS TEXT), ''))", Render("CONCAT(email, id)", DatabaseKind.Sqlite).Sql);
        Assert.Equal("CURRENT_TIMESTAMP", Render("NOW()", DatabaseKind.Sqlite).Sql);
    }

    [Fact]
    public void Too_deep_or_too_long_expressions_are_refused()
    {
        var deep = new string('(', 200) + "1" + new string(')', 200);
        var tooLong = string.Join(" + ", Enumerable.Repeat("subtotal", 2000));

        Assert.Equal(ErrorCodes.ExpressionTooComplex, Assert.Throws<DataFlowExpressionException>(() => CheckedExpression.Parse(deep, Orders)).Code);
        Assert.Equal(ErrorCodes.ExpressionTooComplex, Assert.Throws<DataFlowExpressionException>(() => CheckedExpression.Parse(tooLong, Orders)).Code);
    }

    [Fact]
    public void Random_input_is_either_refused_with_a_DF_EXPR_error_or_rendered_with_every_literal_a_parameter()
    {
        var random = new Random(7);
        string[] pieces = ["subtotal", "tax", "email", "'a'", "'x''y'", "1", "2.5", "+", "-", "*", "/", "||", "=", "<>", "(", ")", ",", "AND", "OR", "NOT",
            "IS", "NULL", "CASE", "WHEN", "THEN", "ELSE", "END", "IN (", "BETWEEN", "LOWER(", "COALESCE(", ";", "--", "'", "\"", "DROP", "TABLE", "$1", "?", "\\", "\0"];
        var rendered = 0;
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            try
            {
                var checkedExpression = CheckedExpression.Parse(text, Orders);
                var sql = new SqlBuilder(DialectRegistry.DataFor(DatabaseKind.Sqlite));
                var output = ExpressionRenderer.ToSql(checkedExpression, sql, sql.Dialect.Expressions);
                Assert.DoesNotContain(";", output, StringComparison.Ordinal);
                Assert.DoesNotContain("--", output, StringComparison.Ordinal);
                Assert.DoesNotContain("DROP", output, StringComparison.Ordinal);
                Assert.Equal(0, output.Replace("''", string.Empty, StringComparison.Ordinal).Count(c => c == '\''));
                rendered++;
            }
            catch (DataFlowExpressionException error)
            {
                Assert.StartsWith("DF-EXPR-", error.Code, StringComparison.Ordinal);
            }
        }

        Assert.True(rendered > 50, $"only {rendered} random expressions were valid");
    }

    [Fact]
    public void Generated_valid_expressions_with_hostile_text_always_parse_and_keep_the_text_out_of_the_sql()
    {
        var random = new Random(11);
        string[] hostile = ["'); DROP TABLE orders; --", "\\' OR 1=1 --", "$1", "/* */", "\"", "\0", "é ☃"];
        string Text() => "'" + hostile[random.Next(hostile.Length)].Replace("'", "''", StringComparison.Ordinal) + "'";
        string Number(int depth) => depth > 3 || random.Next(3) == 0
            ? (random.Next(2) == 0 ? "subtotal" : random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : random.Next(5) switch
            {
                0 => "(" + Number(depth + 1) + " + " + Number(depth + 1) + ")",
                1 => "ROUND(" + Number(depth + 1) + ", 2)",
                2 => "COALESCE(" + Number(depth + 1) + ", 0)",
                3 => "LENGTH(" + Str(depth + 1) + ")",
                _ => "CASE WHEN " + Bool(depth + 1) + " THEN " + Number(depth + 1) + " ELSE -" + Number(depth + 1) + " END",
            };
        string Str(int depth) => depth > 3 || random.Next(3) == 0
            ? (random.Next(2) == 0 ? "email" : Text())
            : random.Next(3) switch
            {
                0 => Str(depth + 1) + " || " + Str(depth + 1),
                1 => "LOWER(" + Str(depth + 1) + ")",
                _ => "CONCAT(" + Str(depth + 1) + ", " + Number(depth + 1) + ")",
            };
        string Bool(int depth) => random.Next(4) switch
        {
            0 => Number(depth + 1) + " > " + Number(depth + 1),
            1 => Str(depth + 1) + " IN (" + Text() + ", " + Text() + ")",
            2 => "NOT " + Str(depth + 1) + " IS NULL",
            _ => "status = " + Text() + " OR paid",
        };

        for (var i = 0; i < 1000; i++)
        {
            var text = random.Next(2) == 0 ? Number(0) : Str(0);
            var sql = new SqlBuilder(DialectRegistry.DataFor(i % 2 == 0 ? DatabaseKind.Sqlite : DatabaseKind.PostgreSql));
            var output = ExpressionRenderer.ToSql(CheckedExpression.Parse(text, Orders), sql, sql.Dialect.Expressions);

            Assert.DoesNotContain("DROP", output, StringComparison.Ordinal);
            Assert.DoesNotContain("OR 1=1", output, StringComparison.Ordinal);
            Assert.DoesNotContain("☃", output, StringComparison.Ordinal);
            Assert.All(sql.Arguments.Select(a => a.Value).OfType<string>(), value => Assert.Contains(value, hostile));
        }
    }

    private static (string Sql, List<SqlArgument> Arguments) Render(string text, DatabaseKind kind)
    {
        var sql = new SqlBuilder(DialectRegistry.DataFor(kind));
        var output = ExpressionRenderer.ToSql(CheckedExpression.Parse(text, Orders), sql, sql.Dialect.Expressions);
        return (output, sql.Arguments);
    }

    private static Column Col(string name, LogicalTypeKind kind) =>
        new() { Name = name, Ordinal = 1, RawType = kind.ToString(), Type = LogicalType.Of(kind), IsNullable = true };
}
