using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>Servers that hang, crash, flood or cannot start: the tool loop gets a failed output with the reason, never an exception.</summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.Children)]
public sealed class McpServerFailureTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task A_call_that_hangs_fails_after_the_server_timeout_and_the_server_stays_usable(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        McpServerOptions slow = McpTestServers.Fake("slow") with { TimeoutSeconds = 1 };
        ToolDefinition hang = await mcp.ToolAsync(slow, "hang", cancellationToken);

        ToolOutput output = await mcp.Servers.CallAsync(hang, default, cancellationToken);
        ToolOutput after = await mcp.Servers.CallAsync(hang with { ServerTool = "echo" }, McpTestServers.Arguments("""{"text":"still here"}"""), cancellationToken);
        ToolOutput cancellations = await mcp.Servers.CallAsync(hang with { ServerTool = "cancellations" }, default, cancellationToken);

        Assert.That(output.Failed, Is.True);
        Assert.That(output.Text, Does.Contain("timed out after 1 s").And.Contain("\"slow\""));
        Assert.That(after, Is.EqualTo(new ToolOutput("echo: still here", Failed: false)));
        Assert.That(cancellations.Text, Does.Contain("timed out after 1 s"), "the server was told the request was given up");
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_crash_mid_call_fails_with_the_exit_code_and_the_next_call_runs_on_a_restarted_server(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        string pids = Path.Combine(Path.GetTempPath(), $"openclaw-mcp-{Guid.NewGuid():N}.pids");
        ToolDefinition crash = await mcp.ToolAsync(McpTestServers.Fake("fragile", "--pid-file", pids), "crash", cancellationToken);

        ToolOutput crashed = await mcp.Servers.CallAsync(crash, default, cancellationToken);
        ToolOutput next = await mcp.Servers.CallAsync(crash with { ServerTool = "echo" }, McpTestServers.Arguments("""{"text":"back"}"""), cancellationToken);

        Assert.That(crashed.Failed, Is.True);
        Assert.That(crashed.Text, Does.Contain("the server exited (code 3)"));
        Assert.That(next, Is.EqualTo(new ToolOutput("echo: back", Failed: false)));
        Assert.That(File.ReadAllLines(pids), Has.Length.EqualTo(2), "one start, one restart");
        File.Delete(pids);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Huge_output_is_cut_at_64_KB_with_a_marker_saying_how_much_was_shown(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        ToolDefinition huge = await mcp.ToolAsync(McpTestServers.Fake("flood"), "huge", cancellationToken);

        ToolOutput output = await mcp.Servers.CallAsync(huge, McpTestServers.Arguments("""{"bytes":812345}"""), cancellationToken);

        Assert.That(output.Failed, Is.False);
        Assert.That(output.Text, Does.StartWith(new string('x', 65536) + "\n[output truncated: 65536 of 812345 bytes shown]"));
        Assert.That(output.Text, Has.Length.EqualTo(65536 + "\n[output truncated: 65536 of 812345 bytes shown]".Length));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_message_over_4_MB_is_a_server_failure(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        ToolDefinition huge = await mcp.ToolAsync(McpTestServers.Fake("flood"), "huge", cancellationToken);

        ToolOutput output = await mcp.Servers.CallAsync(huge, McpTestServers.Arguments("""{"bytes":5000000}"""), cancellationToken);

        Assert.That(output.Failed, Is.True);
        Assert.That(output.Text, Does.Contain("longer than 4 MB"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task An_error_result_is_a_failed_output_with_the_tool_s_text(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        ToolDefinition fail = await mcp.ToolAsync(McpTestServers.Fake("picky"), "fail", cancellationToken);

        ToolOutput output = await mcp.Servers.CallAsync(fail, default, cancellationToken);

        Assert.That(output, Is.EqualTo(new ToolOutput("bad input: no such file", Failed: true)));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_json_rpc_error_from_the_server_is_a_failed_output_with_its_code_and_message(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        ToolDefinition echo = await mcp.ToolAsync(McpTestServers.Fake("picky"), "echo", cancellationToken);

        ToolOutput output = await mcp.Servers.CallAsync(echo with { ServerTool = "no-such-tool" }, default, cancellationToken);

        Assert.That(output.Failed, Is.True);
        Assert.That(output.Text, Does.Contain("error -32602: unknown tool: no-such-tool"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Servers_that_cannot_be_used_are_skipped_with_a_reason_each_while_the_others_are_listed(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        McpServerOptions[] servers =
        [
            McpTestServers.Fake("good"),
            new() { Name = "missing", Command = "openclaw-no-such-mcp-server" },
            McpTestServers.Fake("nowhere") with { Cwd = "/nonexistent/openclaw-mcp" },
            McpTestServers.Fake("off") with { Enabled = false },
            new() { Name = "remote", Url = "https://mcp.example.invalid/mcp" },
            McpTestServers.Fake("silent", "--no-handshake") with { TimeoutSeconds = 1 },
            new() { Name = "dies", Command = "sh", Args = ["-c", "exit 7"] },
        ];

        McpToolList list = await mcp.Servers.ListToolsAsync(servers, cancellationToken);

        Assert.That(list.Tools.Select(t => t.Server).Distinct(), Is.EqualTo(new[] { "good" }));
        Assert.That(list.Problems, Has.Count.EqualTo(6));
        Assert.That(list.Problems, Has.One.Contains("\"missing\"").And.Contains("not found on PATH: openclaw-no-such-mcp-server"));
        Assert.That(list.Problems, Has.One.Contains("\"nowhere\"").And.Contains("working directory does not exist: /nonexistent/openclaw-mcp"));
        Assert.That(list.Problems, Has.One.Contains("\"off\"").And.Contains("disabled"));
        Assert.That(list.Problems, Has.One.Contains("\"remote\"").And.Contains("HTTP servers (url) are not supported yet"));
        Assert.That(list.Problems, Has.One.Contains("\"silent\"").And.Contains("timed out after 1 s waiting for initialize"));
        Assert.That(list.Problems, Has.One.Contains("\"dies\"").And.Contains("the server exited (code 7)"));
    }
}
