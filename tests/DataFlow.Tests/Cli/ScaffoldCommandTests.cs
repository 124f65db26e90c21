using DataFlow.Tests.CodeGen;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Cli;

/// <summary><c>dataflow scaffold</c>: help, files written, errors.</summary>
public class ScaffoldCommandTests
{
    [Fact]
    public async Task Scaffold_help_lists_every_option_and_the_exit_codes()
    {
        var result = await CliRun.RunAsync("scaffold", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dataflow scaffold [options]", result.Out, StringComparison.Ordinal);
        foreach (var option in new[] { "--url", "--out", "--namespace", "--table", "--schema", "--single-file", "--timestamp", "--verbose" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scaffold_writes_one_file_per_type_and_the_snapshot_and_reports_counts()
    {
        using var folder = new TempFolder();
        var source = new FakeSchemaSource(ShopSchema.Create());

        var result = await CliRun.RunAsync(source, null, "scaffold", "--url", "postgresql://u:pw@h/db", "--out", folder.Path, "--namespace", "Shop.Models");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ActiveUser.cs", "Document.cs", "Mood.cs", "User.cs"], Directory.GetFiles(Path.Combine(folder.Path, "Generated")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(folder.File("schema.snapshot.json")));
        Assert.Contains("4 written, 0 unchanged, 0 removed", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", File.ReadAllText(Path.Combine(folder.Path, "Generated", "User.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scaffold_of_a_real_sqlite_database_compiles()
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "chinook", "sqlite", "schema.sql")));
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync("scaffold", "--url", db.Url, "--out", folder.Path, "--single-file");

        Assert.Equal(0, result.ExitCode);
        GeneratedCode.AssertCompiles([File.ReadAllText(Path.Combine(folder.Path, "Generated", "Models.cs"))], "chinook via the CLI");
    }

    [Fact]
    public async Task A_bad_url_exits_1_with_its_DF_code_and_writes_nothing()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync("scaffold", "--url", "mysql://u@h/db", "--out", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-URL-002: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_bad_namespace_exits_1_with_DF_GEN_001()
    {
        using var folder = new TempFolder();

        var source = new FakeSchemaSource(ShopSchema.Create());

        var result = await CliRun.RunAsync(source, null, "scaffold", "--url", "postgresql://u@h/db", "--out", folder.Path, "--namespace", "1Bad");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(0, source.Calls);
        Assert.StartsWith("DF-GEN-001: ", result.Error, StringComparison.Ordinal);
    }
}
