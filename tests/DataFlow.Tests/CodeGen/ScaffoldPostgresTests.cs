using DataFlow.CodeGen;
using DataFlow.Tests.Cli;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.CodeGen;

/// <summary>Scaffolding a real PostgreSQL database: enums, schemas, comments, identity, arrays.</summary>
public sealed class ScaffoldPostgresTests : IAsyncLifetime
{
    private readonly PostgresDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Enums_schemas_comments_and_identity_columns_are_scaffolded_and_compile()
    {
        await _db.ExecuteAsync("""
            CREATE TYPE mood AS ENUM ('happy', 'so-so');
            CREATE SCHEMA sales;
            CREATE TABLE public.customer (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, feeling mood, tags text[] NOT NULL);
            CREATE TABLE sales.customer (id bigserial PRIMARY KEY, public_id int REFERENCES public.customer(id), doc jsonb);
            COMMENT ON TABLE sales.customer IS 'Customers of <sales> & more';
            COMMENT ON COLUMN sales.customer.doc IS 'The raw document';
            """);
        using var folder = new TempFolder();
        await using var dataFlow = new DataFlowDb(_db.Url);

        await dataFlow.ScaffoldAsync(new ScaffoldOptions { OutputDirectory = folder.Path, Namespace = "Crm" });

        var generated = Path.Combine(folder.Path, "Generated");
        Assert.Equal(["Mood.cs", "PublicCustomer.cs", "SalesCustomer.cs"], Directory.GetFiles(generated).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var sales = File.ReadAllText(Path.Combine(generated, "SalesCustomer.cs"));
        var pub = File.ReadAllText(Path.Combine(generated, "PublicCustomer.cs"));
        Assert.Contains("/// <summary>Customers of &lt;sales&gt; &amp; more</summary>\n[Table(\"customer\", Schema = \"sales\")]", sales, StringComparison.Ordinal);
        Assert.Contains("/// <summary>The raw document</summary>", sales, StringComparison.Ordinal);
        Assert.Contains("public PublicCustomer? Public { get; set; }", sales, StringComparison.Ordinal);
        Assert.Contains("public ICollection<SalesCustomer> SalesCustomers { get; set; }", pub, StringComparison.Ordinal);
        Assert.Contains("public Mood? Feeling { get; set; }", pub, StringComparison.Ordinal);
        Assert.Contains("public string[] Tags { get; set; } = null!;", pub, StringComparison.Ordinal);
        Assert.Contains("[EnumMember(Value = \"so-so\")]\n    SoSo,", File.ReadAllText(Path.Combine(generated, "Mood.cs")), StringComparison.Ordinal);
        GeneratedCode.AssertCompiles(Directory.GetFiles(generated).Select(File.ReadAllText), "crm");
    }

    [Fact]
    public async Task An_output_folder_that_is_a_file_is_DF_GEN_003()
    {
        await _db.ExecuteAsync("CREATE TABLE t (id int PRIMARY KEY);");
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("models"), "not a folder");
        await using var dataFlow = new DataFlowDb(_db.Url);

        var error = await Assert.ThrowsAsync<DataFlowException>(() => dataFlow.ScaffoldAsync(new ScaffoldOptions { OutputDirectory = folder.File("models") }));

        Assert.Equal("DF-GEN-003", error.Code);
    }
}
