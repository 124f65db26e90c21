using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Cli;

public class SampleCommandTests
{
    private static readonly string[] SampleTables =
        ["audit_log", "categories", "customers", "order_items", "orders", "product_tags", "products", "reviews"];

    [Fact]
    public async Task Sample_creates_the_shop_database_with_tables_view_trigger_and_rows()
    {
        using var folder = new TempFolder();
        var path = folder.File("shop.db");

        var result = await CliRun.RunAsync("sample", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains($"Created the sample database {path} (8 tables, 1 view, 3 indexes, 1 trigger)", result.Out, StringComparison.Ordinal);
        Assert.Contains("dataflow discover --url sqlite:///" + path, result.Out, StringComparison.Ordinal);
        Assert.Equal(SampleTables, Query(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"));
        Assert.Equal(["order_totals"], Query(path, "SELECT name FROM sqlite_master WHERE type = 'view'"));
        Assert.Equal(["trg_orders_audit"], Query(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'"));
        Assert.Equal(["3"], Query(path, "SELECT count(*) FROM products"));
        Assert.Equal(["orders|1|status:shipped"], Query(path, "SELECT table_name || '|' || row_id || '|' || action FROM audit_log"));
        Assert.Equal(["37.00"], Query(path, "SELECT printf('%.2f', line_total) FROM order_items WHERE order_id = 1 AND product_id = 3"));
    }

    [Fact]
    public async Task Sample_refuses_to_overwrite_an_existing_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("keep.db");
        await File.WriteAllTextAsync(path, "precious data");

        var result = await CliRun.RunAsync("sample", "--out", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-OPT-001: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("already exists", result.Error, StringComparison.Ordinal);
        Assert.Contains("--force", result.Error, StringComparison.Ordinal);
        Assert.Equal("precious data", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Sample_with_force_replaces_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("replace.db");
        await File.WriteAllTextAsync(path, "old");

        var result = await CliRun.RunAsync("sample", "--out", path, "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["8"], Query(path, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Sample_into_a_missing_folder_is_DF_OPT_001()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync("sample", "--out", folder.File("nope/shop.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-OPT-001: ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("nope")));
    }

    private static List<string> Query(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
