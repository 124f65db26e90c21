using System.Text.Json;
using DataFlow.Schema;
using DataFlow.Snapshots;
using DataFlow.Tests.Cli;
using static DataFlow.Tests.Diff.DiffSchemas;

namespace DataFlow.Tests.Diff;

/// <summary><c>dataflow diff</c> between snapshot files: report, JSON, renames, exit codes.</summary>
public class DiffCommandTests
{
    private static async Task<(string From, string To)> WriteAsync(TempFolder folder, DatabaseSchema from, DatabaseSchema to)
    {
        var fromPath = Path.Combine(folder.Path, "from.json");
        var toPath = Path.Combine(folder.Path, "to.json");
        await SchemaSnapshot.WriteAsync(from, fromPath);
        await SchemaSnapshot.WriteAsync(to, toPath);
        return (fromPath, toPath);
    }

    [Fact]
    public async Task Identical_snapshots_exit_0_and_say_in_sync()
    {
        using var folder = new TempFolder();
        var (from, to) = await WriteAsync(folder, Shop(), Shop());

        var result = await CliRun.RunAsync("diff", "--from", from, "--to", to);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("In sync: no differences.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Differences_exit_2_with_a_report_grouped_by_kind_and_a_rename_hint()
    {
        using var folder = new TempFolder();
        var (from, to) = await WriteAsync(folder, Shop(), Shop().WithTable("users", t => t.WithColumn("email", c => c with { Name = "email_address" })) with { Enums = [] });

        var result = await CliRun.RunAsync("diff", "--from", from, "--to", to);

        Assert.True(result.ExitCode == 2, result.AllOutput);
        Assert.Contains("Columns (1)", result.Out, StringComparison.Ordinal);
        Assert.Contains("Enums (1)", result.Out, StringComparison.Ordinal);
        Assert.Contains("--rename public.users.email=public.users.email_address", result.Out, StringComparison.Ordinal);
        Assert.Contains("2 differences (2 destructive).", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmed_rename_and_json_output_give_a_renamed_change()
    {
        using var folder = new TempFolder();
        var (from, to) = await WriteAsync(folder, Shop(), Shop().WithTable("users", t => t.WithColumn("email", c => c with { Name = "email_address" })));

        var result = await CliRun.RunAsync("diff", "--from", from, "--to", to, "--rename", "users.email=users.email_address", "--json");

        Assert.True(result.ExitCode == 2, result.AllOutput);
        using var json = JsonDocument.Parse(result.Out);
        var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("renamed", change.GetProperty("action").GetString());
        Assert.Equal("column", change.GetProperty("kind").GetString());
        Assert.False(json.RootElement.GetProperty("inSync").GetBoolean());
    }

    [Fact]
    public async Task A_rename_without_an_equals_sign_exits_1_with_its_code()
    {
        using var folder = new TempFolder();
        var (from, to) = await WriteAsync(folder, Shop(), Shop());

        var result = await CliRun.RunAsync("diff", "--from", from, "--to", to, "--rename", "users.email");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("DF-DIFF-001", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_snapshot_file_exits_1()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync("diff", "--from", Path.Combine(folder.Path, "nope.json"), "--to", Path.Combine(folder.Path, "nope.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Objects_not_compared_exit_2_and_never_say_in_sync_unless_allowed()
    {
        using var folder = new TempFolder();
        var warned = Shop() with { Warnings = [new SchemaWarning { Code = "DF-DISC-101", ObjectKind = "trigger", ObjectName = "trg_audit", Message = "triggers are not read" }] };
        var (from, to) = await WriteAsync(folder, warned, warned);

        var strict = await CliRun.RunAsync("diff", "--from", from, "--to", to);
        var allowed = await CliRun.RunAsync("diff", "--from", from, "--to", to, "--allow-not-compared");

        Assert.True(strict.ExitCode == 2, strict.AllOutput);
        Assert.DoesNotContain("In sync", strict.Out, StringComparison.Ordinal);
        Assert.Contains("trigger trg_audit", strict.Out, StringComparison.Ordinal);
        Assert.Contains("No differences in the compared objects; 1 object not compared.", strict.Out, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.DoesNotContain("In sync", allowed.Out, StringComparison.Ordinal);
    }
}
