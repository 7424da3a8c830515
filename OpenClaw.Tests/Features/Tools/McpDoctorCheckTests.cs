using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>doctor's <c>mcp</c> check: what can be known without starting a server, and with --deep what its tools are.</summary>
public sealed class McpDoctorCheckTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Without_servers_the_check_passes_saying_none_is_configured(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement check = await McpCheckAsync(harness, deep: false, cancellationToken);
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("pass"));
        Assert.That(check.GetProperty("message").GetString(), Is.EqualTo("no MCP servers configured (mcp.servers)"));
    }

    [Test]
    [Platform("Linux,MacOsX")]
    [CancelAfter(60_000)]
    public async Task Each_server_is_reported_and_one_that_cannot_start_fails_the_check(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string server = Executable(dir);
        string config = $$"""
            { "mcp": { "servers": {
                "ready": { "command": "{{server}}", "cwd": "{{dir.Path}}" },
                "onpath": { "command": "sh", "args": ["-c", "exit 0"] },
                "missing": { "command": "no-such-mcp-server-7f3e" },
                "nocwd": { "command": "sh", "cwd": "{{dir.Path}}/gone" },
                "off": { "command": "no-such-mcp-server-7f3e", "enabled": false },
                "remote": { "url": "https://mcp.example.com/mcp" } } } }
            """;
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: config);

        JsonElement check = await McpCheckAsync(harness, deep: false, cancellationToken);

        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("fail"), check.ToString());
        Assert.That(check.GetProperty("message").GetString(), Is.EqualTo("2 MCP servers are not usable"));
        string[] lines = check.GetProperty("detail").GetString()!.Split("; ");
        Assert.That(lines[0], Is.EqualTo($"ready: {server} in {dir.Path}"));
        Assert.That(lines[1], Does.StartWith("onpath: /").And.EndWith("/sh"));
        Assert.That(lines[2], Is.EqualTo("missing: command not found on PATH: no-such-mcp-server-7f3e"));
        Assert.That(lines[3], Is.EqualTo($"nocwd: cwd is not a directory: {dir.Path}/gone"));
        Assert.That(lines[4], Is.EqualTo("off: disabled"));
        Assert.That(lines[5], Is.EqualTo("remote: not available in this runtime: transport streamable-http (stdio servers only for now), so its tools are not offered"));
        Assert.That(lines, Has.Length.EqualTo(6));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Ready_and_disabled_servers_pass_and_an_http_one_only_warns(CancellationToken cancellationToken)
    {
        const string config = """
            { "mcp": { "servers": { "shell": { "command": "sh" }, "off": { "command": "sh", "enabled": false },
                                    "remote": { "url": "https://mcp.example.com/mcp", "transport": "sse" } } } }
            """;
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: config);
        JsonElement check = await McpCheckAsync(harness, deep: false, cancellationToken);
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(check.GetProperty("message").GetString(), Is.EqualTo("remote: not available in this runtime: transport sse (stdio servers only for now), so its tools are not offered"));

        await using var stdioOnly = RpcHarness.Start(RuntimeTrack.Core, configJson: """{"mcp":{"servers":{"shell":{"command":"sh"},"off":{"command":"sh","enabled":false}}}}""");
        JsonElement passed = await McpCheckAsync(stdioOnly, deep: false, cancellationToken);
        Assert.That(passed.GetProperty("status").GetString(), Is.EqualTo("pass"));
        Assert.That(passed.GetProperty("message").GetString(), Is.EqualTo("1 MCP server ready, 1 disabled"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Deep_lists_the_tools_of_each_startable_server_bounded_to_10_s(CancellationToken cancellationToken)
    {
        const string config = """
            { "mcp": { "servers": { "shell": { "command": "sh" }, "broken": { "command": "sh" }, "partial": { "command": "sh" },
                                    "off": { "command": "sh", "enabled": false }, "missing": { "command": "no-such-mcp-server-7f3e" },
                                    "remote": { "url": "https://mcp.example.com/mcp" } } } }
            """;
        var probe = new FakeMcpProbe(server => Task.FromResult(server.Name switch
        {
            "shell" => FakeMcpProbe.Tools(server, "echo", "get-sum"),
            "partial" => FakeMcpProbe.Tools(server, "echo") with { Problems = ["tool 'bad name' skipped: not a valid tool name"] },
            _ => new McpToolList([], ["exited with code 1 before answering initialize"]),
        }));
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, extra: b => b.Services.AddSingleton<IMcpProbe>(probe), configJson: config);

        JsonElement check = await McpCheckAsync(harness, deep: true, cancellationToken);

        Assert.That(probe.Calls.Select(c => c.Server), Is.EquivalentTo(new[] { "shell", "broken", "partial" }), "disabled, unfound and HTTP servers are not started");
        Assert.That(probe.Calls.Select(c => c.Bound), Is.All.EqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("fail"));
        string detail = check.GetProperty("detail").GetString()!;
        Assert.That(detail, Does.Contain("shell: 2 tools: shell__echo, shell__get-sum"));
        Assert.That(detail, Does.Contain("broken: no tools; exited with code 1 before answering initialize"));
        Assert.That(detail, Does.Contain("partial: 1 tool: partial__echo; tool 'bad name' skipped"));
        Assert.That(detail, Does.Contain("off: disabled").And.Contain("missing: command not found on PATH"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Deep_gives_up_on_a_server_that_never_answers_once_the_bound_has_passed(CancellationToken cancellationToken)
    {
        var time = new FakeTimeProvider();
        var probe = new FakeMcpProbe(_ => new TaskCompletionSource<McpToolList>().Task);
        var options = new ToolsOptions { Servers = [new McpServerOptions { Name = "hangs", Command = "sh" }] };
        var check = new McpDoctorCheck(options, Settings(), time, probe);

        Task<DoctorCheckResult> running = check.RunAsync(new DoctorRun(fix: false) { Deep = true }, cancellationToken);
        await probe.Called.Task.WaitAsync(cancellationToken);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.That(running.IsCompleted, Is.False, "the probe has its own 10 s and a moment more to say why");
        time.Advance(TimeSpan.FromSeconds(1));
        DoctorCheckResult result = await running.WaitAsync(cancellationToken);

        Assert.That(result.Status, Is.EqualTo(DoctorCheckResult.Fail));
        Assert.That(result.Detail, Is.EqualTo("hangs: did not start and list its tools within 10 s"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Deep_without_an_mcp_client_says_it_cannot_list_tools(CancellationToken cancellationToken)
    {
        var options = new ToolsOptions { Servers = [new McpServerOptions { Name = "shell", Command = "sh" }] };
        DoctorCheckResult result = await new McpDoctorCheck(options, Settings(), TimeProvider.System).RunAsync(new DoctorRun(false) { Deep = true }, cancellationToken);
        Assert.That(result.Status, Is.EqualTo(DoctorCheckResult.Pass));
        Assert.That(result.Detail, Does.EndWith("--deep: this build cannot list tools (no MCP client)"));
    }

    private static async Task<JsonElement> McpCheckAsync(RpcHarness harness, bool deep, CancellationToken cancellationToken) =>
        DoctorTests.Check(JsonAssert.Result(await harness.CallAsync("doctor", deep ? "{\"deep\":true}" : null, cancellationToken: cancellationToken)), "mcp");

    private static RuntimeSettings Settings()
    {
        var environment = new DictionaryEnvironmentReader(new Dictionary<string, string>());
        return new RuntimeSettings
        {
            Track = RuntimeTrack.Core,
            StateDir = "/nonexistent",
            ConfigPath = "/nonexistent/openclaw.json",
            Config = ConfigDocument.Empty(environment),
            Host = HostOptions.ForTrack(RuntimeTrack.Core),
            Sources = new Dictionary<string, ValueSource>(),
        };
    }

    /// <summary>An executable script in <paramref name="dir"/>.</summary>
    internal static string Executable(TempDirectory dir, string name = "mcp-server")
    {
        string path = dir.File(name);
        File.WriteAllText(path, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
