using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>The JSON-RPC side of a server connection: concurrent calls, the server's own requests, cancellation, pagination.</summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.Children)]
public sealed class McpConnectionBehaviourTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task Calls_to_one_server_run_concurrently(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        ToolDefinition wait = await mcp.ToolAsync(McpTestServers.Fake("shared"), "wait", cancellationToken);

        // wait only returns once release ran: on a connection that serialised calls this never completes.
        Task<ToolOutput> waiting = mcp.Servers.CallAsync(wait, default, cancellationToken);
        ToolOutput released = await mcp.Servers.CallAsync(wait with { ServerTool = "release" }, default, cancellationToken);

        Assert.That(released, Is.EqualTo(new ToolOutput("ok", Failed: false)));
        Assert.That(await waiting, Is.EqualTo(new ToolOutput("released", Failed: false)));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task The_server_s_ping_is_answered_and_other_requests_are_refused_as_unknown_methods(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        ToolDefinition ask = await mcp.ToolAsync(McpTestServers.Fake("curious"), "ask-client", cancellationToken);

        ToolOutput output = await mcp.Servers.CallAsync(ask, default, cancellationToken);

        Assert.That(output.Text, Does.StartWith("ping: {}; sampling: {\"error\":{\"code\":-32601,"));
        Assert.That(mcp.Log, Does.Contain("mcp curious: notification notifications/message"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Cancelling_a_call_tells_the_server_and_throws(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        ToolDefinition hang = await mcp.ToolAsync(McpTestServers.Fake("patient"), "hang", cancellationToken);
        using var cancel = new CancellationTokenSource();

        Task<ToolOutput> call = mcp.Servers.CallAsync(hang, default, cancel.Token);
        await cancel.CancelAsync();

        Assert.That(async () => await call, Throws.InstanceOf<OperationCanceledException>());
        ToolOutput seen = await mcp.Servers.CallAsync(hang with { ServerTool = "cancellations" }, default, cancellationToken);
        Assert.That(seen.Text, Does.Contain("\"reason\":\"cancelled by the client\""));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Every_page_of_a_paginated_listing_is_read(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();

        McpToolList list = await mcp.Servers.ListToolsAsync([McpTestServers.Fake("paged", "--page-size", "2")], cancellationToken);

        Assert.That(list.Problems, Is.Empty);
        Assert.That(list.Tools, Has.Count.EqualTo(13));
        Assert.That(list.Tools.Select(t => t.Name), Has.Member("paged__structured"), "the last page");
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task The_tool_filter_offers_only_included_tools_that_are_not_excluded(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        McpServerOptions server = McpTestServers.Fake("picky") with { Include = ["e*", "picky__fail"], Exclude = ["picky__env"] };

        McpToolList list = await mcp.Servers.ListToolsAsync([server], cancellationToken);

        Assert.That(list.Tools.Select(t => t.Name), Is.EquivalentTo(new[] { "picky__echo", "picky__fail" }));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_tool_name_providers_would_reject_is_rewritten_and_still_calls_the_server_s_own_tool(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        McpToolList list = await mcp.Servers.ListToolsAsync([McpTestServers.Fake("odd")], cancellationToken);
        ToolDefinition odd = list.Tools.Single(t => t.ServerTool == "odd.name");

        ToolOutput output = await mcp.Servers.CallAsync(odd, default, cancellationToken);

        Assert.That(odd.Name, Does.Match("^odd__odd_name_[0-9a-f]{8}$"));
        Assert.That(output, Is.EqualTo(new ToolOutput("the odd tool ran", Failed: false)), "the server got its own name for the tool");
    }
}
