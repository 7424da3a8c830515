using System.Runtime.Versioning;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>What security.audit says about the tool policy and the MCP servers: unasked globs, literal secrets, where commands come from.</summary>
public sealed class ToolsAuditRuleTests
{
    private const string LiteralToken = "ghp_literalTokenInTheConfig0123456789abcd";

    [Test]
    [CancelAfter(60_000)]
    public async Task Ask_off_with_a_glob_taking_every_tool_or_every_tool_of_a_server_is_reported(CancellationToken cancellationToken)
    {
        const string config = """
            { "mcp": { "servers": { "files": { "command": "sh" }, "git": { "command": "sh" } } },
              "tools": { "ask": "off", "allow": ["*", "files__*", "fi*", "acp__*", "git__read_*", "files__read_file"] } }
            """;
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: config);

        JsonElement[] findings = Findings(await AuditAsync(harness, cancellationToken), "tools.allowAllUnasked");

        Assert.That(findings.Select(f => $"{f.GetProperty("severity").GetString()}: {f.GetProperty("title").GetString()}"), Is.EqualTo(new[]
        {
            "critical: every tool of every MCP server runs unasked",
            "warn: every tool of MCP server files runs unasked",
            "warn: every tool of MCP server files runs unasked",
            "warn: every tool of MCP server acp runs unasked",
        }), "git__read_* and files__read_file name some tools only; acp__* takes a server an ACP client may bring");
        Assert.That(findings[1].GetProperty("detail").GetString(), Is.EqualTo(
            "tools.allow has \"files__*\", which takes every tool of files; tools.ask is \"off\", so nobody is asked; which tools write or delete cannot be known before the servers start"));
        Assert.That(findings[0].GetProperty("remediation").GetString(), Does.Contain("tools.ask to \"on-miss\""));
    }

    [TestCase("on-miss")]
    [TestCase("always")]
    [CancelAfter(60_000)]
    public async Task Allowing_every_tool_is_not_reported_while_calls_are_asked_about(string ask, CancellationToken cancellationToken)
    {
        string config = $$"""{ "mcp": { "servers": { "files": { "command": "sh" } } }, "tools": { "ask": "{{ask}}", "allow": ["*"] } }""";
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: config);
        Assert.That(Findings(await AuditAsync(harness, cancellationToken), "tools.allowAllUnasked"), Is.Empty);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_literal_secret_in_a_servers_env_or_headers_is_named_never_shown(CancellationToken cancellationToken)
    {
        string config = $$"""
            { "mcp": { "servers": {
                "gh": { "command": "sh", "env": { "GITHUB_TOKEN": "{{LiteralToken}}", "API_KEY": "${GH_KEY}", "LOG_LEVEL": "debug" } },
                "remote": { "url": "https://mcp.example.com/mcp",
                            "headers": { "Authorization": "Bearer {{LiteralToken}}", "X-Api-Key": "${REMOTE_KEY}", "X-Trace": "on" } } } } }
            """;
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: config);

        JsonElement audit = await AuditAsync(harness, cancellationToken);

        JsonElement[] findings = Findings(audit, "mcp.plaintextSecret");
        Assert.That(findings.Select(f => f.GetProperty("detail").GetString()), Is.EqualTo(new[]
        {
            $"mcp.servers.gh.env.GITHUB_TOKEN in {Path.Combine(harness.StateDir, "openclaw.json")} holds a literal value",
            $"mcp.servers.remote.headers.Authorization in {Path.Combine(harness.StateDir, "openclaw.json")} holds a literal value",
        }));
        Assert.That(findings.Select(f => f.GetProperty("severity").GetString()), Is.All.EqualTo("warn"));
        Assert.That(findings[0].GetProperty("remediation").GetString(), Is.EqualTo("set it from the environment instead, e.g. \"GITHUB_TOKEN\": \"${ENV_VAR}\""));
        Assert.That(audit.GetRawText(), Does.Not.Contain(LiteralToken));
    }

    [TestCase("./bin/mcp-server", true)]
    [TestCase("bin/mcp-server", true)]
    [TestCase("sh", false)]
    [TestCase("/bin/sh", false)]
    [CancelAfter(60_000)]
    public async Task A_command_given_as_a_relative_path_is_reported(string command, bool reported, CancellationToken cancellationToken)
    {
        string config = $$"""{ "mcp": { "servers": { "local": { "command": "{{command}}" } } } }""";
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: config);

        JsonElement[] findings = Findings(await AuditAsync(harness, cancellationToken), "mcp.command.relative");

        Assert.That(findings, Has.Length.EqualTo(reported ? 1 : 0));
        if (reported)
        {
            Assert.That(findings[0].GetProperty("detail").GetString(), Does.StartWith($"mcp.servers.local.command is {command}, which resolves against the runtime's working directory"));
        }
    }

    [Test]
    [Platform("Linux,MacOsX")]
    [UnsupportedOSPlatform("windows")]
    [CancelAfter(60_000)]
    public async Task A_command_or_cwd_other_users_can_write_is_reported_and_private_ones_are_not(CancellationToken cancellationToken)
    {
        using var open = new TempDirectory();
        using var sticky = new TempDirectory();
        using var owned = new TempDirectory();
        string openServer = McpDoctorCheckTests.Executable(open);
        string ownedServer = McpDoctorCheckTests.Executable(owned);
        File.SetUnixFileMode(open.Path, (UnixFileMode)Convert.ToInt32("777", 8));
        File.SetUnixFileMode(sticky.Path, (UnixFileMode)Convert.ToInt32("1777", 8));
        File.SetUnixFileMode(owned.Path, (UnixFileMode)Convert.ToInt32("700", 8));
        string config = $$"""
            { "mcp": { "servers": {
                "open": { "command": "{{openServer}}" },
                "tmp": { "command": "{{ownedServer}}", "cwd": "{{sticky.Path}}" },
                "fine": { "command": "{{ownedServer}}", "cwd": "{{owned.Path}}" } } } }
            """;
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: config);

        JsonElement audit = await AuditAsync(harness, cancellationToken);

        JsonElement command = Findings(audit, "mcp.command.writable").Single();
        Assert.That(command.GetProperty("title").GetString(), Is.EqualTo("MCP server open runs a binary other users can change"));
        Assert.That(command.GetProperty("detail").GetString(), Is.EqualTo($"{openServer} sits in {open.Path}, which has mode 0777"));
        JsonElement cwd = Findings(audit, "mcp.cwd.writable").Single();
        Assert.That(cwd.GetProperty("title").GetString(), Is.EqualTo("MCP server tmp starts in a directory other users can write"));
        Assert.That(cwd.GetProperty("detail").GetString(), Does.StartWith($"{sticky.Path} has mode 0777"), "the sticky bit does not stop planted files");
    }

    private static async Task<JsonElement> AuditAsync(RpcHarness harness, CancellationToken cancellationToken) =>
        JsonAssert.Result(await harness.CallAsync("security.audit", cancellationToken: cancellationToken));

    private static JsonElement[] Findings(JsonElement audit, string checkId) =>
        [.. audit.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("checkId").GetString() == checkId)];
}
