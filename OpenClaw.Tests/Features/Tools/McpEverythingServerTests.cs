using System.Text.Json;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>The MCP client against a real third-party server: <c>@modelcontextprotocol/server-everything</c> over stdio.</summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.Children)]
public sealed class McpEverythingServerTests
{
    private const string Package = "@modelcontextprotocol/server-everything";

    [Test]
    [CancelAfter(60_000)]
    public async Task Its_echo_and_get_sum_tools_are_listed_under_the_server_name_and_answer(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        McpServerOptions everything = Everything();

        McpToolList list = await mcp.Servers.ListToolsAsync([everything], cancellationToken);

        Assert.That(list.Problems, Is.Empty);
        Assert.That(list.Tools.Select(t => t.Name), Is.SupersetOf(new[] { "everything__echo", "everything__get-sum" }));
        ToolDefinition echo = list.Tools.Single(t => t.Name == "everything__echo");
        Assert.That(echo.ServerTool, Is.EqualTo("echo"));
        Assert.That(echo.InputSchema.GetProperty("properties").TryGetProperty("message", out _), Is.True, "the schema comes from the server");

        ToolOutput echoed = await mcp.Servers.CallAsync(echo, McpTestServers.Arguments("""{"message":"hello from openclaw"}"""), cancellationToken);
        ToolOutput sum = await mcp.Servers.CallAsync(list.Tools.Single(t => t.Name == "everything__get-sum"), McpTestServers.Arguments("""{"a":2,"b":40}"""),
            cancellationToken);

        Assert.That(echoed, Is.EqualTo(new ToolOutput("Echo: hello from openclaw", Failed: false)));
        Assert.That(sum, Is.EqualTo(new ToolOutput("The sum of 2 and 40 is 42.", Failed: false)));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task An_image_block_is_summarised_between_the_text_blocks(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        ToolDefinition image = await mcp.ToolAsync(Everything(), "get-tiny-image", cancellationToken);

        ToolOutput output = await mcp.Servers.CallAsync(image, default, cancellationToken);

        string[] lines = output.Text.Split('\n');
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[0], Is.EqualTo("Here's the image you requested:"));
        Assert.That(lines[1], Does.Match(@"^\[image image/png, \d+ bytes\]$"));
        Assert.That(lines[2], Is.EqualTo("The image above is the MCP logo."));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Arguments_the_server_rejects_give_a_failed_output_with_its_reason(CancellationToken cancellationToken)
    {
        await using var mcp = new McpTestServers();
        ToolDefinition sum = await mcp.ToolAsync(Everything(), "get-sum", cancellationToken);

        ToolOutput output = await mcp.Servers.CallAsync(sum, McpTestServers.Arguments("""{"a":"two"}"""), cancellationToken);

        Assert.That(output.Failed, Is.True);
        Assert.That(output.Text, Does.Contain("Invalid arguments for tool get-sum").And.Contain("received string at a"),
            "the server's own validation message reaches the model");
    }

    private static McpServerOptions Everything()
    {
        string modules = NodeModules.Require(Package);
        string entry = Path.Combine(modules, Package, "dist", "index.js");
        using JsonDocument package = JsonDocument.Parse(File.ReadAllText(Path.Combine(modules, Package, "package.json")));
        Assert.That(package.RootElement.GetProperty("bin").GetProperty("mcp-server-everything").GetString(), Is.EqualTo("dist/index.js"));
        return new McpServerOptions { Name = "everything", Command = "node", Args = [entry, "stdio"], TimeoutSeconds = 30 };
    }
}
