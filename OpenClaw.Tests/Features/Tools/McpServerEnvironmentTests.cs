using System.Text.Json;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>What a server sees of the runtime: no secret of the runtime, its own env entries, its own working directory.</summary>
[Platform("Linux")]
[NonParallelizable] // Sets variables in the test process's own environment.
public sealed class McpServerEnvironmentTests
{
    private const string KeyVariable = "OPENCLAW_MCP_TEST_API_KEY";
    private const string HolderVariable = "OPENCLAW_MCP_TEST_HOLDER";
    private const string Key = "sk-mcp-test-0123456789abcdef";

    [Test]
    [CancelAfter(30_000)]
    public async Task A_runtime_key_is_not_visible_to_the_server_while_its_own_env_entries_are(CancellationToken cancellationToken)
    {
        Environment.SetEnvironmentVariable(KeyVariable, Key);
        Environment.SetEnvironmentVariable(HolderVariable, Key);
        try
        {
            await using var mcp = new McpTestServers();
            mcp.Secrets.Add(Key);
            McpServerOptions server = McpTestServers.Fake("envy") with
            {
                Env = new Dictionary<string, string> { ["SERVER_OWN_SETTING"] = "blue", ["SERVER_OWN_TOKEN"] = "token-of-the-server" },
            };
            ToolDefinition env = await mcp.ToolAsync(server, "env", cancellationToken);

            ToolOutput output = await mcp.Servers.CallAsync(env,
                McpTestServers.Arguments($$"""{"names":["{{KeyVariable}}","{{HolderVariable}}","SERVER_OWN_SETTING","SERVER_OWN_TOKEN","PATH"]}"""), cancellationToken);

            using JsonDocument seen = JsonDocument.Parse(output.Text);
            Assert.That(seen.RootElement.GetProperty(KeyVariable).ValueKind, Is.EqualTo(JsonValueKind.Null), "a variable named like a key");
            Assert.That(seen.RootElement.GetProperty(HolderVariable).ValueKind, Is.EqualTo(JsonValueKind.Null), "a variable that holds a known key");
            Assert.That(seen.RootElement.GetProperty("SERVER_OWN_SETTING").GetString(), Is.EqualTo("blue"));
            Assert.That(seen.RootElement.GetProperty("SERVER_OWN_TOKEN").GetString(), Is.EqualTo("token-of-the-server"), "its own entries, secret-looking or not");
            Assert.That(seen.RootElement.GetProperty("PATH").GetString(), Is.Not.Empty, "the rest of the environment is inherited");
        }
        finally
        {
            Environment.SetEnvironmentVariable(KeyVariable, null);
            Environment.SetEnvironmentVariable(HolderVariable, null);
        }
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_relative_command_is_found_from_the_server_s_working_directory(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        StandInBinary.Write(dir, "server", $"exec node {McpTestServers.Script} \"$@\"");
        await using var mcp = new McpTestServers();

        McpToolList list = await mcp.Servers.ListToolsAsync([new McpServerOptions { Name = "local", Command = "./server", Cwd = dir.Path }], cancellationToken);

        Assert.That(list.Problems, Is.Empty);
        Assert.That(list.Tools.Select(t => t.Name), Has.Member("local__echo"));
    }
}
