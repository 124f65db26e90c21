using System.Text;
using DataFlow.Dialects;
using DataFlow.Schema;

namespace DataFlow.Data;

/// <summary>
/// The text and parameters of one statement. Values only ever enter through <see cref="Value"/> and
/// <see cref="Argument"/>, which add a parameter and write its placeholder.
/// </summary>
internal sealed class SqlBuilder
{
    private readonly StringBuilder _text = new();

    public SqlBuilder(IDataDialect dialect) => Dialect = dialect;

    /// <summary>The dialect whose placeholders and spellings are used.</summary>
    public IDataDialect Dialect { get; }

    /// <summary>The parameters, in placeholder order.</summary>
    public List<SqlArgument> Arguments { get; } = [];

    /// <summary>The statement text so far.</summary>
    public string Text => _text.ToString();

    /// <summary>Current text length (to undo an optional clause).</summary>
    public int Length => _text.Length;

    /// <summary>Appends SQL text that contains no user values.</summary>
    public SqlBuilder Append(string sql)
    {
        _text.Append(sql);
        return this;
    }

    /// <summary>Adds a parameter and returns its placeholder without writing it.</summary>
    public string Add(SqlArgument argument)
    {
        var placeholder = Dialect.Placeholder(Arguments.Count);
        Arguments.Add(argument);
        return placeholder;
    }

    /// <summary>Adds a checked value for <paramref name="column"/> and writes its placeholder.</summary>
    public SqlBuilder Value(Column column, object? value, string path) =>
        Append(Add(Dialect.Adapt(column, ValueCoercer.Coerce(column, value, path))));

    /// <summary>Adds an already checked argument and writes its placeholder.</summary>
    public SqlBuilder Argument(SqlArgument argument) => Append(Add(argument));

    /// <summary>Cuts the text back to <paramref name="length"/>.</summary>
    public void Truncate(int length) => _text.Length = length;
}
