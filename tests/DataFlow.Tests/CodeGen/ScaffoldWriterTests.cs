using System.Text.Json;
using DataFlow.CodeGen;
using DataFlow.Snapshots;
using DataFlow.Tests.Cli;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.CodeGen;

/// <summary>The file writer of <see cref="ModelScaffolder"/>: byte comparison, the snapshot, write errors.</summary>
public class ScaffoldWriterTests
{
    private static ScaffoldOptions OptionsFor(TempFolder folder) => new() { OutputDirectory = folder.Path, Namespace = "Shop.Models" };

    [Fact]
    public async Task Edited_generated_files_are_restored_whether_their_length_changed_or_not()
    {
        using var folder = new TempFolder();
        var first = await ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder));
        var user = Path.Combine(folder.Path, "Generated", "User.cs");
        var document = Path.Combine(folder.Path, "Generated", "Document.cs");
        var userText = File.ReadAllText(user);
        var documentText = File.ReadAllText(document);
        File.AppendAllText(user, "// edited\n");
        File.WriteAllText(document, documentText.Replace("partial", "Partial", StringComparison.Ordinal));

        var second = await ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder));

        Assert.Equal(4, first.Written.Count);
        Assert.Equal([document, user], second.Written.Order(StringComparer.Ordinal));
        Assert.Equal(2, second.Unchanged.Count);
        Assert.Equal(userText, File.ReadAllText(user));
        Assert.Equal(documentText, File.ReadAllText(document));
    }

    [Fact]
    public async Task The_snapshot_holds_the_schema_hash_of_the_headers()
    {
        using var folder = new TempFolder();
        var schema = ShopSchema.Create();

        var result = await ModelScaffolder.WriteAsync(schema, OptionsFor(folder));

        using var snapshot = JsonDocument.Parse(File.ReadAllText(result.SnapshotPath));
        Assert.Equal(SchemaSnapshot.ComputeHash(schema), result.SchemaHash);
        Assert.Equal(result.SchemaHash, snapshot.RootElement.GetProperty("schemaHash").GetString());
        Assert.Equal(SchemaSnapshot.ToJson(schema), File.ReadAllText(result.SnapshotPath));
        Assert.Contains(result.SchemaHash, File.ReadAllText(Path.Combine(folder.Path, "Generated", "User.cs")), StringComparison.Ordinal);
    }

    public static TheoryData<string> SqliteFixtures => new(SqliteFixture.Names);

    // The writer renders each file on the thread that writes it; what lands on disk must be exactly what Generate returns,
    // whichever thread rendered it and whether the hash was computed beside planning (WriteAsync) or before (watch).
    [Theory]
    [MemberData(nameof(SqliteFixtures))]
    public async Task Files_rendered_by_the_parallel_writer_equal_the_generated_files(string fixture)
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fixture, "sqlite", "schema.sql")));
        var schema = await db.DiscoverAsync();
        using var folder = new TempFolder();
        using var watched = new TempFolder();
        var expected = ModelScaffolder.Generate(schema, OptionsFor(folder));

        var result = await ModelScaffolder.WriteAsync(schema, OptionsFor(folder));
        var withHash = await ModelScaffolder.WriteWithHashAsync(schema, OptionsFor(watched), SchemaSnapshot.ComputeHash(schema));

        Assert.True(expected.Count > 10, $"{fixture} has only {expected.Count} files");
        Assert.Equal(expected.Select(f => Path.Combine(folder.Path, f.RelativePath)), result.Written);
        Assert.Equal(expected.Count, withHash.Written.Count);
        foreach (var file in expected)
        {
            Assert.Equal(file.Content, File.ReadAllText(Path.Combine(folder.Path, file.RelativePath)));
            Assert.Equal(file.Content, File.ReadAllText(Path.Combine(watched.Path, file.RelativePath)));
        }

        Assert.Equal(SchemaSnapshot.ToJson(schema), File.ReadAllText(result.SnapshotPath));
    }

    [Fact]
    public async Task A_generated_file_that_cannot_be_written_is_DF_GEN_003()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "Generated", "User.cs"));

        var error = await Assert.ThrowsAsync<DataFlowException>(() => ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder)));

        Assert.Equal(ErrorCodes.OutputNotWritable, error.Code);
        Assert.Contains(folder.Path, error.Message, StringComparison.Ordinal);
    }
}
