namespace DataFlow.Safety;

/// <summary>
/// Where the values of a column that becomes NOT NULL come from: a constant (<see cref="Static"/>), an expression over
/// the row's other columns (<see cref="Computed"/>, the data nodes' safe expression language), or a database function
/// (<see cref="FromFunction"/>) that also becomes the column's default for new rows.
/// </summary>
public abstract record NotNullDefault
{
    private protected NotNullDefault()
    {
    }

    /// <summary>A constant: a string, number or boolean. It becomes the column's default, so a new column needs one DDL statement.</summary>
    public static NotNullDefault Static(object value) => new StaticDefault(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>An expression over the row's columns (<c>subtotal + tax</c>); checked against the table, never pasted as text.</summary>
    public static NotNullDefault Computed(string expression) => new ComputedDefault(expression ?? throw new ArgumentNullException(nameof(expression)));

    /// <summary>A database function evaluated per row, which stays the column's default for new rows.</summary>
    public static NotNullDefault FromFunction(DefaultFunction function) => new FunctionDefault(function);
}

/// <summary>A constant default.</summary>
/// <param name="Value">A string, number or boolean.</param>
public sealed record StaticDefault(object Value) : NotNullDefault;

/// <summary>A default computed from the row.</summary>
/// <param name="Expression">The expression text.</param>
public sealed record ComputedDefault(string Expression) : NotNullDefault;

/// <summary>A function default.</summary>
/// <param name="Function">The function.</param>
public sealed record FunctionDefault(DefaultFunction Function) : NotNullDefault;

/// <summary>The database functions a <see cref="FunctionDefault"/> may use.</summary>
public enum DefaultFunction
{
    /// <summary>The current time: PostgreSQL <c>now()</c>, SQLite <c>CURRENT_TIMESTAMP</c>.</summary>
    CurrentTimestamp,

    /// <summary>A random UUID: PostgreSQL <c>gen_random_uuid()</c>, SQLite 32 random hex digits.</summary>
    RandomUuid,
}
