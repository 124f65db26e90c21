using DataFlow.Tests.Cli;
using DataFlow.Tests.CodeGen;
using DataFlow.Tests.Diff;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.CodeFirst;

/// <summary><c>dataflow diff</c> and <c>dataflow check</c> with C# models as a side: a folder, a .cs file, a .dll.</summary>
public class ModelSourceCommandTests
{
    private static (string Url, string Models) ShopDatabase(SqliteDatabase db, TempFolder folder)
    {
        db.ExecuteScript(ShopModels.Ddl("sqlite"));
        var models = Directory.CreateDirectory(folder.File("Models")).FullName;
        File.WriteAllText(Path.Combine(models, "Shop.cs"), ShopModels.Source);
        return (Discover.SqliteUrl(db.FilePath), models);
    }

    [Fact]
    public async Task Check_with_models_in_sync_exits_0()
    {
        using var db = new SqliteDatabase();
        using var folder = new TempFolder();
        var (url, models) = ShopDatabase(db, folder);

        var result = await CliRun.PublicAsync("check", "--url", url, "--models", models);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("In sync", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_with_models_that_declare_a_new_property_exits_2_naming_the_column()
    {
        using var db = new SqliteDatabase();
        using var folder = new TempFolder();
        var (url, models) = ShopDatabase(db, folder);
        File.WriteAllText(Path.Combine(models, "Shop.cs"), ShopModels.Source.Replace("public string? Nickname { get; set; }", "public string? Nickname { get; set; }\n    public string? Phone { get; set; }", StringComparison.Ordinal));

        var result = await CliRun.PublicAsync("check", "--url", url, "--models", models);

        Assert.True(result.ExitCode == 2, result.AllOutput);
        Assert.Contains("customers.phone", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_from_a_database_to_a_models_file_lists_what_the_models_add()
    {
        using var db = new SqliteDatabase();
        using var folder = new TempFolder();
        var (url, models) = ShopDatabase(db, folder);
        db.ExecuteScript("DROP INDEX customers_email_idx;");

        var result = await CliRun.PublicAsync("diff", "--from", url, "--to", Path.Combine(models, "Shop.cs"), "--json");

        Assert.True(result.ExitCode == 2, result.AllOutput);
        Assert.Contains("customers_email_idx", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_with_a_compiled_models_assembly_reads_it_like_the_source()
    {
        using var db = new SqliteDatabase();
        using var folder = new TempFolder();
        var (url, _) = ShopDatabase(db, folder);
        var dll = folder.File("Shop.Models.dll");
        File.WriteAllBytes(dll, GeneratedCode.Emit([ShopModels.Source], "Shop.Models"));

        var result = await CliRun.PublicAsync("diff", "--from", url, "--models", dll);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("In sync", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_models_sides_need_a_dialect_DF_CF_008()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("Shop.cs"), ShopModels.Source);

        var missing = await CliRun.PublicAsync("diff", "--from", folder.Path, "--to", folder.File("Shop.cs"));
        var given = await CliRun.PublicAsync("diff", "--from", folder.Path, "--to", folder.File("Shop.cs"), "--dialect", "postgresql");

        Assert.True(missing.ExitCode == 1, missing.AllOutput);
        Assert.Contains("DF-CF-008", missing.Error, StringComparison.Ordinal);
        Assert.True(given.ExitCode == 0, given.AllOutput);
    }

    [Fact]
    public async Task Check_with_both_snapshot_and_models_is_DF_CF_010()
    {
        using var folder = new TempFolder();

        var result = await CliRun.PublicAsync("check", "--url", "sqlite:///x.db", "--snapshot", folder.File("s.json"), "--models", folder.Path);

        Assert.True(result.ExitCode == 1, result.AllOutput);
        Assert.Contains("DF-CF-010", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_with_one_side_only_is_DF_CF_010()
    {
        var result = await CliRun.PublicAsync("diff", "--from", "sqlite:///x.db");

        Assert.True(result.ExitCode == 1, result.AllOutput);
        Assert.Contains("DF-CF-010", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_models_folder_without_model_classes_is_DF_CF_007()
    {
        using var db = new SqliteDatabase();
        using var folder = new TempFolder();
        db.ExecuteScript("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        File.WriteAllText(folder.File("Plain.cs"), "namespace X; public class Plain { public int Id { get; set; } }");

        var result = await CliRun.PublicAsync("check", "--url", Discover.SqliteUrl(db.FilePath), "--models", folder.Path);

        Assert.True(result.ExitCode == 1, result.AllOutput);
        Assert.Contains("DF-CF-007", result.Error, StringComparison.Ordinal);
    }
}
