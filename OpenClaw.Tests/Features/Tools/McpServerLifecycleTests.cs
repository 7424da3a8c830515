using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>When servers start, restart, stay down and stop, and that no process of theirs outlives the runtime's teardown.</summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.Children)]
public sealed class McpServerLifecycleTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task No_server_process_exists_before_the_first_listing_and_one_is_reused_after(CancellationToken cancellationToken)
    {
        string marker = Guid.NewGuid().ToString("N");
        await using var mcp = new McpTestServers();
        McpServerOptions server = McpTestServers.Fake("lazy", "--marker", marker);

        int[] before = ProcessesWith(marker);
        McpToolList first = await mcp.Servers.ListToolsAsync([server], cancellationToken);
        int[] afterFirst = ProcessesWith(marker);
        await mcp.Servers.ListToolsAsync([server], cancellationToken);
        await mcp.Servers.CallAsync(first.Tools.Single(t => t.ServerTool == "echo"), McpTestServers.Arguments("""{"text":"x"}"""), cancellationToken);

        Assert.That(before, Is.Empty);
        Assert.That(afterFirst, Has.Length.EqualTo(1));
        Assert.That(ProcessesWith(marker), Is.EqualTo(afterFirst), "the same process serves later listings and calls");
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Disposing_kills_a_server_that_ignores_the_end_of_its_input_and_its_grandchild_within_the_bound(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        var mcp = new McpTestServers();
        await mcp.Servers.ListToolsAsync([McpTestServers.Fake("stubborn", "--ignore-eof", "--pid-file", dir.File("pid"), "--grandchild", dir.File("grandchild"))],
            cancellationToken);
        int server = await ChildProcessState.ReadPidAsync(dir.File("pid"), cancellationToken);
        int grandchild = await ChildProcessState.ReadPidAsync(dir.File("grandchild"), cancellationToken);

        var clock = Stopwatch.StartNew();
        await mcp.DisposeAsync();

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)), "stdin closed, one second of grace, then the tree is killed");
        Assert.That(ChildProcessState.IsGone(server), Is.True, "the server");
        Assert.That(await ChildProcessState.GoneWithinAsync(grandchild, TimeSpan.FromSeconds(5), cancellationToken), Is.True, "the grandchild");
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task The_host_s_child_registry_kills_running_servers_and_their_grandchildren_at_shutdown(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        await using var mcp = new McpTestServers();
        await mcp.Servers.ListToolsAsync([McpTestServers.Fake("stubborn", "--ignore-eof", "--pid-file", dir.File("pid"), "--grandchild", dir.File("grandchild"))],
            cancellationToken);
        int server = await ChildProcessState.ReadPidAsync(dir.File("pid"), cancellationToken);
        int grandchild = await ChildProcessState.ReadPidAsync(dir.File("grandchild"), cancellationToken);

        // What the stdio host does when the runtime ends (end of input, exit, a signal, the parent's death).
        await mcp.Children.KillAllAsync(TimeSpan.FromMilliseconds(500));

        Assert.That(await ChildProcessState.GoneWithinAsync(server, TimeSpan.FromSeconds(5), cancellationToken), Is.True, "the server");
        Assert.That(await ChildProcessState.GoneWithinAsync(grandchild, TimeSpan.FromSeconds(5), cancellationToken), Is.True, "the grandchild");
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Stopping_a_scope_stops_its_servers_and_leaves_the_others_running(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        await using var mcp = new McpTestServers();
        McpServerOptions session = McpTestServers.Fake("files", "--pid-file", dir.File("session")) with { Scope = "session-1" };
        McpServerOptions config = McpTestServers.Fake("files", "--pid-file", dir.File("config"));
        McpToolList list = await mcp.Servers.ListToolsAsync([config, session], cancellationToken);
        int sessionPid = await ChildProcessState.ReadPidAsync(dir.File("session"), cancellationToken);

        await mcp.Servers.StopScopeAsync("session-1");
        ToolOutput configEcho = await mcp.Servers.CallAsync(list.Tools.Single(t => t.ServerTool == "echo" && t.Scope is null),
            McpTestServers.Arguments("""{"text":"config"}"""), cancellationToken);

        Assert.That(await ChildProcessState.GoneWithinAsync(sessionPid, TimeSpan.FromSeconds(5), cancellationToken), Is.True);
        Assert.That(configEcho, Is.EqualTo(new ToolOutput("echo: config", Failed: false)));
        Assert.That(list.Problems, Has.One.Contains("the name files__echo is already taken"), "two servers of one name cannot both offer files__echo");
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_server_listed_again_with_another_command_line_replaces_the_running_one(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        await using var mcp = new McpTestServers();
        await mcp.Servers.ListToolsAsync([McpTestServers.Fake("files", "--pid-file", dir.File("old")) with { Scope = "s" }], cancellationToken);
        int old = await ChildProcessState.ReadPidAsync(dir.File("old"), cancellationToken);

        McpToolList list = await mcp.Servers.ListToolsAsync([McpTestServers.Fake("files", "--pid-file", dir.File("new")) with { Scope = "s" }], cancellationToken);

        Assert.That(list.Problems, Is.Empty);
        Assert.That(await ChildProcessState.ReadPidAsync(dir.File("new"), cancellationToken), Is.Not.EqualTo(old));
        Assert.That(await ChildProcessState.GoneWithinAsync(old, TimeSpan.FromSeconds(5), cancellationToken), Is.True, "the old command's server was stopped");
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_server_that_dies_again_within_a_minute_of_its_restart_stays_down_for_a_minute(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T10:00:00Z", CultureInfo.InvariantCulture));
        await using var mcp = new McpTestServers(clock);
        ToolDefinition crash = await mcp.ToolAsync(McpTestServers.Fake("fragile", "--pid-file", dir.File("pids")), "crash", cancellationToken);
        ToolDefinition echo = crash with { ServerTool = "echo" };
        var hello = McpTestServers.Arguments("""{"text":"hi"}""");

        ToolOutput firstCrash = await mcp.Servers.CallAsync(crash, default, cancellationToken);
        clock.Advance(TimeSpan.FromSeconds(10));
        ToolOutput secondCrash = await mcp.Servers.CallAsync(crash, default, cancellationToken);
        clock.Advance(TimeSpan.FromSeconds(10));
        ToolOutput whileDown = await mcp.Servers.CallAsync(echo, hello, cancellationToken);
        McpToolList listedWhileDown = await mcp.Servers.ListToolsAsync([McpTestServers.Fake("fragile", "--pid-file", dir.File("pids"))], cancellationToken);
        int startsWhileDown = File.ReadAllLines(dir.File("pids")).Length;
        clock.Advance(TimeSpan.FromSeconds(61));
        ToolOutput afterPause = await mcp.Servers.CallAsync(echo, hello, cancellationToken);

        Assert.That(firstCrash.Text, Does.Contain("the server exited (code 3)"));
        Assert.That(secondCrash.Text, Does.Contain("the server exited (code 3)"), "the restarted server crashed too");
        Assert.That(whileDown.Failed, Is.True);
        Assert.That(whileDown.Text, Does.Contain("the server exited (code 3); it failed again within 60 s of being restarted, so it stays down until 10:01:10 UTC"));
        Assert.That(listedWhileDown.Tools, Is.Empty);
        Assert.That(listedWhileDown.Problems, Has.One.Contains("stays down until 10:01:10 UTC"));
        Assert.That(startsWhileDown, Is.EqualTo(2), "no process is started while it is down");
        Assert.That(afterPause, Is.EqualTo(new ToolOutput("echo: hi", Failed: false)));
    }

    /// <summary>The pids of live processes whose command line holds <paramref name="marker"/>.</summary>
    private static int[] ProcessesWith(string marker) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out int pid) ? pid : 0)
            .Where(pid => pid > 0 && !ChildProcessState.IsGone(pid) && CommandLine(pid).Contains(marker, StringComparison.Ordinal))
            .Order()];

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
