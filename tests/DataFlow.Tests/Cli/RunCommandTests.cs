using System.Text.Json;

namespace DataFlow.Tests.Cli;

public class RunCommandTests
{
    private const string Orders = """
        {
          "nodes": [
            { "id": "order", "type": "DataNode", "parameters": { "data": { "status": "paid", "total": 120 } } },
            { "id": "users", "type": "DataNode", "parameters": { "data": [ { "id": 1, "name": "ada" }, { "id": 2, "name": "grace", "email": "g@example.org" } ] } },
            { "id": "route", "type": "SwitchNode", "parameters": { "condition_field": "total", "operator": ">", "value": 100 } },
            { "id": "review", "type": "LogNode", "parameters": { "message": "needs review" } },
            { "id": "ship", "type": "LogNode", "parameters": { "message": "ship it" } }
          ],
          "connections": [
            { "from": "order", "output": "result", "to": "route", "input": "input_data" },
            { "from": "route", "output": "true_output", "to": "review", "input": "input" },
            { "from": "route", "output": "false_output", "to": "ship", "input": "input" }
          ]
        }
        """;

    [Fact]
    public async Task Run_prints_each_node_s_result_with_records_as_a_table_and_a_summary()
    {
        using var folder = new TempFolder();
        var file = await Write(folder, Orders);

        var result = await CliRun.RunAsync("run", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("● order DataNode completed in", result.Out, StringComparison.Ordinal);
        Assert.Contains("result  {\"status\":\"paid\",\"total\":120}", result.Out, StringComparison.Ordinal);
        Assert.Contains("result  2 records", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"id\s+name\s+email", result.Out);
        Assert.Matches(@"2\s+grace\s+g@example\.org", result.Out);
        Assert.Contains("true_output  {\"status\":\"paid\",\"total\":120}", result.Out, StringComparison.Ordinal);
        Assert.Contains("○ ship LogNode skipped", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"Run [0-9a-f-]{36}: 4 of 5 nodes completed, 1 skipped\.", result.Out);
        Assert.Equal("info: review: needs review {\"status\":\"paid\",\"total\":120}", result.Error.Trim());
    }

    [Fact]
    public async Task Run_with_json_prints_the_run_as_one_json_document()
    {
        using var folder = new TempFolder();
        var file = await Write(folder, Orders);

        var result = await CliRun.RunAsync("run", file, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("completed", root.GetProperty("status").GetString());
        Assert.Equal(36, root.GetProperty("runId").GetString()!.Length);
        Assert.Equal("grace", root.GetProperty("results").GetProperty("users").GetProperty("result")[1].GetProperty("name").GetString());
        Assert.False(root.GetProperty("results").TryGetProperty("ship", out _));
        Assert.Equal(
            ["order:completed", "users:completed", "route:completed", "review:completed", "ship:skipped"],
            root.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("id").GetString()}:{n.GetProperty("status").GetString()}"));
    }

    [Fact]
    public async Task Run_time_params_override_the_file_and_are_read_as_json_when_they_are_json()
    {
        using var folder = new TempFolder();
        var file = await Write(folder, Orders);

        var result = await CliRun.RunAsync("run", file, "--json", "--param", "order.data={\"total\": 5}", "-p", "ship.message=small order");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(5, json.RootElement.GetProperty("results").GetProperty("ship").GetProperty("result").GetProperty("total").GetInt32());
        Assert.Contains("info: ship: small order {\"total\":5}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope", "DF-OPT-001: The option --param is invalid: 'nope' is not NODE.PARAM=VALUE")]
    [InlineData("ordr.data=1", "DF-WF-015: The run-time parameters name the node 'ordr', which the workflow does not have. Did you mean 'order'?")]
    [InlineData("route.operator==>", "DF-WF-012: The parameter 'operator' of node 'route' is invalid: '=>' is not one of")]
    public async Task Bad_params_are_reported_with_their_code_and_nothing_runs(string assignment, string expected)
    {
        using var folder = new TempFolder();
        var file = await Write(folder, Orders);

        var result = await CliRun.RunAsync("run", file, "--param", assignment);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "DataNode", "parameters": { "data": 1 } } ], "conections": [] }""", "DF-WF-016: flow.json at $.conections: unknown property 'conections' (did you mean 'connections'?)")]
    [InlineData("""{ "nodes": [ { "id": "skip", "type": "CodeNode", "parameters": { "code": "result = {}" } } ] }""", "DF-WF-017: Node 'skip' has the type 'CodeNode', which cannot be created by name", "(at flow.json at $.nodes[0].type)")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "SwitchNode", "parameters": { "input_data": 1, "value": "x", "operator": "in" } } ] }""", "DF-WF-012: The parameter 'value' of node 'a' is invalid: the operator 'in' needs a list", "(at flow.json at $.nodes[0].parameters.value)")]
    [InlineData("""{ "nodes": [ { "id": "a", "type": "UserListNode" } ] }""", "DF-WF-003: Node 'a' has the type 'UserListNode', which the node catalog does not know.", "(at flow.json at $.nodes[0].type)")]
    public async Task Bad_workflow_files_are_DF_WF_errors_with_the_json_path(string json, string expected, string? location = null)
    {
        using var folder = new TempFolder();
        var file = await Write(folder, json);

        var result = await CliRun.RunAsync("run", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(expected.Replace("flow.json", file, StringComparison.Ordinal), result.Error, StringComparison.Ordinal);
        if (location is not null)
        {
            Assert.Contains(location.Replace("flow.json", file, StringComparison.Ordinal), result.Error, StringComparison.Ordinal);
        }

        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task A_missing_file_is_DF_WF_016()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync("run", folder.File("missing.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"DF-WF-016: {folder.File("missing.json")}: the file does not exist.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_failing_at_run_time_shows_what_ran_and_exits_with_1()
    {
        using var folder = new TempFolder();
        var file = await Write(folder, Orders.Replace("\"total\": 120", "\"total\": \"lots\"", StringComparison.Ordinal));

        var result = await CliRun.RunAsync("run", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("● order DataNode completed", result.Out, StringComparison.Ordinal);
        Assert.Contains("✗ route SwitchNode failed: a string (\"lots\") cannot be ordered against an integer (100)", result.Out, StringComparison.Ordinal);
        Assert.Contains("- review LogNode not-run", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"DF-WF-014: Node 'route' \(SwitchNode\) failed in run [0-9a-f-]{36}: a string", result.Error);
    }

    [Fact]
    public async Task A_database_url_is_not_connected_to_while_no_node_needs_it()
    {
        using var folder = new TempFolder();
        var file = await Write(folder, Orders);

        var result = await CliRun.RunAsync("run", file, "--url", "postgresql://app:s3cret@127.0.0.1:1/nowhere", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("completed", JsonDocument.Parse(result.Out).RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain("s3cret", result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sqlite_url_to_a_missing_file_fails_before_running_like_every_command()
    {
        using var folder = new TempFolder();
        var file = await Write(folder, Orders);

        var result = await CliRun.RunAsync("run", file, "--url", "sqlite:///" + folder.File("absent.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("DF-CONN-003", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("absent.db")));
    }

    [Fact]
    public async Task Run_help_lists_its_options_and_the_root_help_lists_run()
    {
        var help = await CliRun.RunAsync("run", "--help");
        var root = await CliRun.RunAsync("--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("dataflow run <FILE> [options]", help.Out, StringComparison.Ordinal);
        Assert.All(new[] { "--url", "--param", "--json", "--verbose", "Exit codes:" }, option => Assert.Contains(option, help.Out, StringComparison.Ordinal));
        Assert.Contains("run", root.Out, StringComparison.Ordinal);
        Assert.Contains("Run a workflow JSON file", root.Out, StringComparison.Ordinal);
    }

    private static async Task<string> Write(TempFolder folder, string json)
    {
        var path = folder.File("flow.json");
        await File.WriteAllTextAsync(path, json);
        return path;
    }
}
