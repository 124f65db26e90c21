using System.Collections.ObjectModel;

namespace DataFlow;

/// <summary>
/// Builders for filters in C#, where <c>$gt</c> cannot be an anonymous-type member. Each returns the same
/// MongoDB-style dictionary a JSON filter would be, so builders, dictionaries and JSON mix freely:
/// <c>Filter.And(Filter.Gte("age", 18), Filter.In("status", "active", "trial"))</c> is
/// <c>{ "$and": [ { "age": { "$gte": 18 } }, { "status": { "$in": ["active", "trial"] } } ] }</c>.
/// </summary>
public static class Filter
{
    /// <summary>Equality on every property of <paramref name="values"/>: <c>Filter.Where(new { active = true })</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Where(object values) =>
        (IReadOnlyDictionary<string, object?>)Workflows.ValueNormalizer.NormalizeObject(values);

    /// <summary><c>field = value</c> (IS NULL for null).</summary>
    public static IReadOnlyDictionary<string, object?> Eq(string field, object? value) => Field(field, "$eq", value);

    /// <summary><c>field &lt;&gt; value</c>, NULL-safe (rows where the field is NULL match).</summary>
    public static IReadOnlyDictionary<string, object?> Ne(string field, object? value) => Field(field, "$ne", value);

    /// <summary><c>field &gt; value</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Gt(string field, object value) => Field(field, "$gt", value);

    /// <summary><c>field &gt;= value</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Gte(string field, object value) => Field(field, "$gte", value);

    /// <summary><c>field &lt; value</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Lt(string field, object value) => Field(field, "$lt", value);

    /// <summary><c>field &lt;= value</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Lte(string field, object value) => Field(field, "$lte", value);

    /// <summary><c>field IN (values)</c>.</summary>
    public static IReadOnlyDictionary<string, object?> In(string field, params object?[] values) => Field(field, "$in", values);

    /// <summary><c>field NOT IN (values)</c> (NULL matches unless null is among the values).</summary>
    public static IReadOnlyDictionary<string, object?> Nin(string field, params object?[] values) => Field(field, "$nin", values);

    /// <summary>Case-sensitive LIKE (<c>%</c> any text, <c>_</c> one character, <c>\</c> escapes).</summary>
    public static IReadOnlyDictionary<string, object?> Like(string field, string pattern) => Field(field, "$like", pattern);

    /// <summary>Case-insensitive LIKE.</summary>
    public static IReadOnlyDictionary<string, object?> ILike(string field, string pattern) => Field(field, "$ilike", pattern);

    /// <summary>Regular-expression match.</summary>
    public static IReadOnlyDictionary<string, object?> Regex(string field, string pattern) => Field(field, "$regex", pattern);

    /// <summary><c>field IS NULL</c>.</summary>
    public static IReadOnlyDictionary<string, object?> IsNull(string field) => Field(field, "$null", true);

    /// <summary><c>field IS NOT NULL</c>.</summary>
    public static IReadOnlyDictionary<string, object?> IsNotNull(string field) => Field(field, "$null", false);

    /// <summary>Array or JSON containment (PostgreSQL).</summary>
    public static IReadOnlyDictionary<string, object?> Contains(string field, object value) => Field(field, "$contains", value);

    /// <summary>All conditions hold.</summary>
    public static IReadOnlyDictionary<string, object?> And(params IReadOnlyDictionary<string, object?>[] conditions) => One("$and", conditions);

    /// <summary>At least one condition holds.</summary>
    public static IReadOnlyDictionary<string, object?> Or(params IReadOnlyDictionary<string, object?>[] conditions) => One("$or", conditions);

    /// <summary>The condition does not hold (rows where it is unknown because of NULL match).</summary>
    public static IReadOnlyDictionary<string, object?> Not(IReadOnlyDictionary<string, object?> condition) => One("$not", condition);

    private static IReadOnlyDictionary<string, object?> Field(string field, string op, object? value) => One(field, One(op, value));

    private static ReadOnlyDictionary<string, object?> One(string key, object? value) => new(new Dictionary<string, object?>(StringComparer.Ordinal) { [key] = value });
}
