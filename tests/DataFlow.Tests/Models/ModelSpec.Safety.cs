namespace DataFlow.Tests.Models;

/// <summary>Injection attempts and verbatim storage.</summary>
public abstract partial class ModelSpec
{
    public static TheoryData<string> Hostile => new()
    {
        "'; DROP TABLE users; --",
        "\" OR 1=1 --",
        "/* comment */ SELECT 1;",
        "Robert'); DELETE FROM users; --",
        "日本語 ✓ é ß 🚀",
        "$1 @p0 ? :name",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_values_are_stored_and_matched_verbatim(string text)
    {
        await using var db = await RegisteredAsync();
        var created = await db.Express.CreateAsync("users", new { email = text, name = text });

        var found = await db.Express.ListAsync("users", Filter.Eq("name", text));
        var read = await db.Express.ReadAsync("users", created["id"]!);

        Assert.Equal(text, Assert.Single(found)["email"]);
        Assert.Equal(text, read!["name"]);
        Assert.Equal(1, await Database.CountAsync("SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task Tables_and_columns_with_quotes_semicolons_comments_and_unicode_work_as_models()
    {
        await using var db = await RegisteredAsync();
        var weird = db.Models.Single(m => m.Table.Name == ModelSchemas.InjectionTable);
        var unicode = db.Models.Single(m => m.Table.Name == ModelSchemas.UnicodeTable);

        await RunAsync(db, weird.Nodes.Create, new Dictionary<string, object?> { [ModelSchemas.InjectionColumn] = "x'); DROP TABLE users; --" });
        var rows = await RunAsync(db, weird.Nodes.List, new { order_by = "-" + ModelSchemas.InjectionColumn, fields = new[] { ModelSchemas.InjectionColumn } });
        await db.Express.CreateAsync(ModelSchemas.UnicodeTable, new Dictionary<string, object?> { ["clé"] = 1, ["prénom"] = "Zoë" });

        Assert.Matches("^[A-Za-z0-9]+$", weird.Name);
        Assert.Equal("x'); DROP TABLE users; --", Assert.Single(Records(rows))[ModelSchemas.InjectionColumn]);
        Assert.Equal("Zoë", (await db.Express.ReadAsync(unicode.Name, 1))!["prénom"]);
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM users"));
    }

    [Theory]
    [InlineData("name; DROP TABLE users")]
    [InlineData("\"name\"")]
    [InlineData("-name --")]
    public async Task Sort_and_projection_fields_must_be_real_columns(string field)
    {
        await using var db = await RegisteredAsync();

        var sort = await Assert.ThrowsAsync<DataFlowDataException>(() => db.Express.ListAsync("users", orderBy: field));
        var projection = await Assert.ThrowsAsync<DataFlowDataException>(() => db.Express.ListAsync("users", fields: new[] { field }));
        var record = await Assert.ThrowsAsync<DataFlowDataException>(() => db.Express.CreateAsync("users", new Dictionary<string, object?> { ["email"] = "a", [field] = 1 }));

        Assert.Equal(ErrorCodes.UnknownField, sort.Code);
        Assert.Equal(ErrorCodes.UnknownField, projection.Code);
        Assert.Equal(ErrorCodes.UnknownField, record.Code);
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task Unknown_models_and_wrong_record_types_are_clear_errors()
    {
        await using var db = await RegisteredAsync();

        var model = await Assert.ThrowsAsync<DataFlowException>(() => db.Express.ListAsync("users; DROP TABLE users"));
        var type = await Assert.ThrowsAsync<DataFlowDataException>(() => db.Express.CreateAsync("users", new { email = "a@b.c", age = "old" }));

        Assert.Equal(ErrorCodes.UnknownModel, model.Code);
        Assert.Equal((ErrorCodes.WrongValueType, "data.age"), (type.Code, type.Path));
    }
}
