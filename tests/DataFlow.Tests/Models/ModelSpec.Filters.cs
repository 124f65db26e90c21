namespace DataFlow.Tests.Models;

/// <summary>Every filter operator, identical on both dialects.</summary>
public abstract partial class ModelSpec
{
    private static Dictionary<string, object?> Op(string field, string op, object? value) =>
        new() { [field] = new Dictionary<string, object?> { [op] = value } };

    public static TheoryData<string, string, object?, string[]> Operators => new()
    {
        { "age", "$eq", 36, ["ada"] },
        { "age", "$ne", 36, ["anon", "grace", "linus"] },
        { "age", "$ne", null, ["ada", "grace", "linus"] },
        { "age", "$gt", 36, ["grace"] },
        { "age", "$gte", 36, ["ada", "grace"] },
        { "age", "$lt", 36, ["linus"] },
        { "age", "$lte", 36, ["ada", "linus"] },
        { "age", "$in", new object?[] { 28, 45 }, ["grace", "linus"] },
        { "age", "$in", new object?[] { 28, null }, ["anon", "linus"] },
        { "age", "$in", Array.Empty<object>(), [] },
        { "age", "$nin", new object?[] { 28, 45 }, ["ada", "anon"] },
        { "age", "$nin", new object?[] { 28, null }, ["ada", "grace"] },
        { "name", "$like", "%a%", ["ada", "grace"] },
        { "name", "$like", "A%", ["ada"] },
        { "name", "$ilike", "l%", ["linus"] },
        { "name", "$ilike", "%A%", ["ada", "grace"] },
        { "name", "$regex", "^[A-Z]", ["ada", "grace"] },
        { "name", "$exists", true, ["ada", "grace", "linus"] },
        { "name", "$null", true, ["anon"] },
        { "name", "$null", false, ["ada", "grace", "linus"] },
        { "age", "$not", new Dictionary<string, object?> { ["$gt"] = 30 }, ["anon", "linus"] },
        { "score", "$gt", 7.5, ["ada", "grace"] },
        { "active", "$eq", false, ["anon"] },
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public async Task Every_filter_operator_selects_the_same_rows_on_every_dialect(string field, string op, object? value, string[] expected)
    {
        await using var db = await RegisteredAsync();
        await SeedUsersAsync(db);

        var rows = await db.Express.ListAsync("users", Op(field, op, value), orderBy: "email");

        Assert.Equal(expected, rows.Select(r => ((string)r["email"]!).Split('@')[0]));
    }

    [Fact]
    public async Task Null_means_is_null_and_and_or_not_combine()
    {
        await using var db = await RegisteredAsync();
        await SeedUsersAsync(db);

        var nulls = await db.Express.ListAsync("users", new Dictionary<string, object?> { ["age"] = null });
        var or = await db.Express.ListAsync("users", Filter.Or(Filter.Lt("age", 30), Filter.IsNull("age")), orderBy: "email");
        var and = await db.Express.ListAsync("users", Filter.And(Filter.Gte("age", 30), Filter.Like("email", "%grace%")));
        var not = await db.Express.ListAsync("users", Filter.Not(Filter.Where(new { active = true })));
        var builder = await db.Express.CountAsync("users", Filter.In("name", "Ada", "Grace"));

        Assert.Equal(["anon@example.com"], Emails(nulls));
        Assert.Equal(["anon@example.com", "linus@example.com"], Emails(or));
        Assert.Equal(["grace@example.com"], Emails(and));
        Assert.Equal(["anon@example.com"], Emails(not));
        Assert.Equal(2, builder);
    }

    [Fact]
    public async Task Like_escapes_wildcards_with_a_backslash()
    {
        await using var db = await RegisteredAsync();
        await db.Express.BulkCreateAsync("logs", [new { message = "100% done" }, new { message = "1000 done" }, new { message = "a_b" }, new { message = "axb" }]);

        var percent = await db.Express.ListAsync("logs", Filter.Like("message", "100\\%%"));
        var underscore = await db.Express.ListAsync("logs", Filter.Like("message", "a\\_b"));

        Assert.Equal(["100% done"], percent.Select(r => r["message"]));
        Assert.Equal(["a_b"], underscore.Select(r => r["message"]));
    }

    [Theory]
    [InlineData("{\"nope\": 1}", ErrorCodes.UnknownField, "filter.nope")]
    [InlineData("{\"age\": {\"$gt\": \"thirty\"}}", ErrorCodes.WrongValueType, "filter.age.$gt")]
    [InlineData("{\"age\": {\"$between\": [1, 2]}}", ErrorCodes.InvalidFilter, "filter.age.$between")]
    [InlineData("{\"$or\": [{\"age\": 1}, {\"bogus\": 2}]}", ErrorCodes.UnknownField, "filter.$or[1].bogus")]
    [InlineData("{\"$or\": {\"age\": 1}}", ErrorCodes.WrongValueType, "filter.$or")]
    [InlineData("{\"$where\": \"1=1\"}", ErrorCodes.InvalidFilter, "filter.$where")]
    [InlineData("{\"age\": {\"$in\": 3}}", ErrorCodes.WrongValueType, "filter.age.$in")]
    [InlineData("{\"age\": {\"$in\": [1, \"x\"]}}", ErrorCodes.WrongValueType, "filter.age.$in[1]")]
    [InlineData("{\"age\": {\"$like\": \"1%\"}}", ErrorCodes.WrongValueType, "filter.age.$like")]
    [InlineData("{\"name\": {\"$regex\": \"([\"}}", ErrorCodes.InvalidFilter, "filter.name.$regex")]
    [InlineData("{\"name\": {\"$null\": \"yes\"}}", ErrorCodes.WrongValueType, "filter.name.$null")]
    [InlineData("{\"active\": 1}", ErrorCodes.WrongValueType, "filter.active")]
    [InlineData("{\"name; DROP TABLE users; --\": 1}", ErrorCodes.UnknownField, "filter.name; DROP TABLE users; --")]
    [InlineData("{\"age\": {\"$gt); DROP TABLE users; --\": 1}}", ErrorCodes.InvalidFilter, "filter.age.$gt); DROP TABLE users; --")]
    public async Task Bad_filters_are_refused_with_an_error_naming_the_path(string json, string code, string path)
    {
        await using var db = await RegisteredAsync();
        var filter = System.Text.Json.JsonDocument.Parse(json).RootElement;

        var error = await Assert.ThrowsAsync<DataFlowDataException>(() => db.Express.ListAsync("users", filter));

        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM users"));
    }
}
