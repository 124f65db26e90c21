using DataFlow.Cli.Infrastructure;
using DataFlow.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Docs;

/// <summary>
/// docs/database-first.md, run step by step on the sample database with DATABASE_URL set, as the page shows it
/// (paths made absolute because the CLI runs in-process here).
/// </summary>
public sealed class DatabaseFirstWalkthroughTests
{
    private const string CustomDisplayName = "namespace Shop.Models;\n\npublic partial class Customer\n{\n    public string DisplayName => $\"{FirstName} {LastName}\";\n}\n";

    private const string CustomLoyalty = "namespace Shop.Models;\n\npublic partial class Customer\n{\n    /// <summary>Points earned.</summary>\n    public int LoyaltyPoints { get; set; } = 100;\n\n    public string DisplayName => $\"{FirstName} {LastName}\";\n}\n";

    [Fact]
    public async Task The_walkthrough_runs_as_documented()
    {
        using var folder = new TempFolder();
        var shop = folder.File("shop.db");
        var url = "sqlite:///" + shop;
        var models = folder.File("Models");
        var migrations = folder.File("db_migrations");
        Task<CliResult> Dataflow(params string[] args) => CliRun.RunAsync(DataFlowSchemaSource.Instance, url, args);
        static void Ok(CliResult result, int exitCode = 0) => Assert.True(result.ExitCode == exitCode, result.AllOutput);

        Ok(await Dataflow("sample", "--out", shop));
        Ok(await Dataflow("scaffold", "--out", models, "--namespace", "Shop.Models"));
        Directory.CreateDirectory(Path.Combine(models, "Custom"));
        var custom = Path.Combine(models, "Custom", "Customer.cs");
        await File.WriteAllTextAsync(custom, CustomDisplayName);

        // 3. Adopt: the current schema as the first migration, the existing database baselined at it.
        var empty = folder.File("empty.db");
        CreateEmptyDatabase(empty);
        var initial = await Dataflow("migrations", "add", "initial_schema", "--url", "sqlite:///" + empty, "--to", Path.Combine(models, "schema.snapshot.json"), "--dir", migrations);
        Ok(initial);
        Assert.Contains("Wrote", initial.Out, StringComparison.Ordinal);
        Assert.Contains("001_initial_schema.sql: 12 steps, highest risk LOW", initial.Out, StringComparison.Ordinal);
        Ok(await Dataflow("baseline", "--version", "1"));

        // 4. A DBA's script.
        await File.WriteAllTextAsync(Path.Combine(migrations, "002_add_customer_phone.sql"), "ALTER TABLE customers ADD COLUMN phone VARCHAR(20);\nCREATE INDEX ix_customers_phone ON customers (phone);\n");
        var status = await Dataflow("status", "--dir", migrations);
        Ok(status);
        Assert.Contains("1 baselined, 1 pending (baseline 1)", status.Out, StringComparison.Ordinal);
        var migrate = await Dataflow("migrate", "--dir", migrations);
        Ok(migrate);
        Assert.Contains("1 applied; the database is at version 2.", migrate.Out, StringComparison.Ordinal);

        // 5. Drift against the committed snapshot; 6. models follow.
        var drift = await Dataflow("check", "--snapshot", Path.Combine(models, "schema.snapshot.json"), "--allow-not-compared");
        Ok(drift, 2);
        Assert.Contains("+ customers.phone VARCHAR(20)", drift.Out, StringComparison.Ordinal);
        Ok(await Dataflow("scaffold", "--out", models, "--namespace", "Shop.Models"));
        Assert.Equal(CustomDisplayName, await File.ReadAllTextAsync(custom));
        Ok(await Dataflow("check", "--snapshot", Path.Combine(models, "schema.snapshot.json"), "--allow-not-compared"));

        // 7. Models → database.
        await File.WriteAllTextAsync(custom, CustomLoyalty);
        var add = await Dataflow("migrations", "add", "add_loyalty_points", "--models", models, "--dir", migrations);
        Ok(add);
        Assert.Contains("003_add_loyalty_points.sql: 1 step, highest risk LOW", add.Out, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE \"customers\" ADD COLUMN \"loyalty_points\" INTEGER NOT NULL DEFAULT 100;", await File.ReadAllTextAsync(Path.Combine(migrations, "003_add_loyalty_points.sql")), StringComparison.Ordinal);
        Ok(await Dataflow("migrate", "--dir", migrations));
        Ok(await Dataflow("check", "--models", models, "--allow-not-compared"));
        Ok(await Dataflow("validate", "--dir", migrations));
    }

    private static void CreateEmptyDatabase(string path)
    {
        using var connection = new SqliteConnection("Data Source=" + path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version = 0;";
        command.ExecuteNonQuery();
    }
}
