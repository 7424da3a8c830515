using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>tools.* and mcp.servers.* as start-up reads them: every key and upstream alias, and each refusal naming its key.</summary>
public sealed class ToolsOptionsLoaderTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Every_key_of_a_stdio_server_and_the_policy_is_read(CancellationToken cancellationToken)
    {
        const string config = """
            { "mcp": { "servers": { "files": {
                "command": "/usr/bin/node", "args": ["server.js", "--root", "${NOTES}"], "env": { "NOTES_TOKEN": "${NOTES_TOKEN}", "LOG": "debug" },
                "cwd": "/srv/files", "enabled": false, "timeout": 90,
                "toolFilter": { "include": ["read_*", " list_directory "], "exclude": ["read_secret"] } } } },
              "tools": { "allow": ["files__read_*"], "deny": ["*__delete*"], "ask": "always", "askFallback": "allow", "maxRounds": 12 } }
            """;
        var environment = new Dictionary<string, string> { ["NOTES"] = "/home/ada/notes", ["NOTES_TOKEN"] = "notes-token-4417" };
        await using var harness = RpcHarness.Start(configJson: config, environment: environment);

        ToolsOptions options = harness.Services.GetRequiredService<ToolsOptions>();
        McpServerOptions files = options.Servers.Single();
        Assert.That(files.Name, Is.EqualTo("files"));
        Assert.That(files.Scope, Is.Null);
        Assert.That(files.Command, Is.EqualTo("/usr/bin/node"));
        Assert.That(files.Args, Is.EqualTo(new[] { "server.js", "--root", "/home/ada/notes" }));
        Assert.That(files.Env, Is.EquivalentTo(new Dictionary<string, string> { ["NOTES_TOKEN"] = "notes-token-4417", ["LOG"] = "debug" }));
        Assert.That(files.Cwd, Is.EqualTo("/srv/files"));
        Assert.That(files.Enabled, Is.False);
        Assert.That(files.TimeoutSeconds, Is.EqualTo(90));
        Assert.That(files.Include, Is.EqualTo(new[] { "read_*", "list_directory" }));
        Assert.That(files.Exclude, Is.EqualTo(new[] { "read_secret" }));
        Assert.That(files.Transport, Is.EqualTo(McpTransport.Stdio));
        Assert.That(files.Unavailable, Is.Null);
        Assert.That(options.Allow, Is.EqualTo(new[] { "files__read_*" }));
        Assert.That(options.Deny, Is.EqualTo(new[] { "*__delete*" }));
        Assert.That(options.Ask, Is.EqualTo(ToolAskMode.Always));
        Assert.That(options.AskFallbackAllows, Is.True);
        Assert.That(options.MaxRounds, Is.EqualTo(12));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Without_a_tools_or_mcp_section_the_defaults_hold_and_nothing_is_configured(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start();
        ToolsOptions options = harness.Services.GetRequiredService<ToolsOptions>();
        Assert.That(options.Servers, Is.Empty);
        Assert.That(options.Ask, Is.EqualTo(ToolAskMode.OnMiss));
        Assert.That(options.AskFallbackAllows, Is.False);
        Assert.That(options.MaxRounds, Is.EqualTo(8));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Upstream_aliases_and_an_http_server_load_and_the_http_one_is_not_available_here(CancellationToken cancellationToken)
    {
        const string config = """
            { mcp: { servers: {
                git: { command: 'uvx', args: ['mcp-server-git'], workingDirectory: '/srv/repo', connectTimeout: 15 },
                both: { command: 'x', cwd: '/a', workingDirectory: '/b', timeout: 5, connectTimeout: 50 },
                remote: { url: 'https://mcp.example.com/mcp', headers: { Authorization: 'Bearer ${T}' } },
                events: { url: 'http://127.0.0.1:9000/sse', transport: 'sse' } } } }
            """;
        await using var harness = RpcHarness.Start(configJson: config, environment: new Dictionary<string, string> { ["T"] = "remote-token-0001" });

        IReadOnlyList<McpServerOptions> servers = harness.Services.GetRequiredService<ToolsOptions>().Servers;
        Assert.That(servers.Select(s => s.Name), Is.EqualTo(new[] { "git", "both", "remote", "events" }), "config order");
        Assert.That(servers[0].Cwd, Is.EqualTo("/srv/repo"));
        Assert.That(servers[0].TimeoutSeconds, Is.EqualTo(15));
        Assert.That(servers[1].Cwd, Is.EqualTo("/a"), "cwd wins over workingDirectory");
        Assert.That(servers[1].TimeoutSeconds, Is.EqualTo(5), "timeout wins over connectTimeout");
        Assert.That(servers[2].Transport, Is.EqualTo(McpTransport.StreamableHttp), "the default for url");
        Assert.That(servers[2].Headers["Authorization"], Is.EqualTo("Bearer remote-token-0001"));
        Assert.That(servers[2].Unavailable, Is.EqualTo("not available in this runtime: transport streamable-http (stdio servers only for now)"));
        Assert.That(servers[3].Transport, Is.EqualTo(McpTransport.Sse));
        Assert.That(servers[3].Url, Is.EqualTo("http://127.0.0.1:9000/sse"));
    }

    [TestCase("""{"mcp":{"servers":{"my.files":{"command":"x"}}}}""", "mcp.servers.my.files")]
    [TestCase("""{"mcp":{"servers":{"files and more":{"command":"x"}}}}""", "mcp.servers.files and more")]
    [TestCase("""{"mcp":{"servers":{"a23456789012345678901234567890123":{"command":"x"}}}}""", "mcp.servers.a23456789012345678901234567890123")]
    [TestCase("""{"mcp":{"servers":{"files":{"args":["x"]}}}}""", "mcp.servers.files")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","url":"https://h/mcp"}}}}""", "mcp.servers.files")]
    [TestCase("""{"mcp":{"servers":{"files":"npx"}}}""", "mcp.servers.files")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":" "}}}}""", "mcp.servers.files.command")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","args":"-y"}}}}""", "mcp.servers.files.args")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","args":["-y",3]}}}}""", "mcp.servers.files.args[1]")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","env":{"PORT":8080}}}}}""", "mcp.servers.files.env.PORT")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","env":["A=b"]}}}}""", "mcp.servers.files.env")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","env":{"A=B":"c"}}}}}""", "mcp.servers.files.env.A=B")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","enabled":"no"}}}}""", "mcp.servers.files.enabled")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","timeout":0}}}}""", "mcp.servers.files.timeout")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","timeout":3601}}}}""", "mcp.servers.files.timeout")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","connectTimeout":1.5}}}}""", "mcp.servers.files.connectTimeout")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","toolFilter":{"include":[""]}}}}}""", "mcp.servers.files.toolFilter.include[0]")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","toolFilter":{"exclude":"write_*"}}}}}""", "mcp.servers.files.toolFilter.exclude")]
    [TestCase("""{"mcp":{"servers":{"files":{"url":"ftp://h/mcp"}}}}""", "mcp.servers.files.url")]
    [TestCase("""{"mcp":{"servers":{"files":{"url":"https://ada:pw@h/mcp"}}}}""", "mcp.servers.files.url")]
    [TestCase("""{"mcp":{"servers":{"files":{"url":"https://h/mcp","transport":"websocket"}}}}""", "mcp.servers.files.transport")]
    [TestCase("""{"mcp":{"servers":{"files":{"url":"https://h/mcp","transport":"stdio"}}}}""", "mcp.servers.files.transport")]
    [TestCase("""{"mcp":{"servers":{"files":{"command":"x","transport":"sse"}}}}""", "mcp.servers.files.transport")]
    [TestCase("""{"mcp":{"servers":{"files":{"url":"https://h/mcp","headers":{"X-Id":"a\r\nX-Admin: 1"}}}}}""", "mcp.servers.files.headers.X-Id")]
    [TestCase("""{"mcp":{"servers":{"files":{"url":"https://h/mcp","headers":{"Bad Header":"a"}}}}}""", "mcp.servers.files.headers.Bad Header")]
    [TestCase("""{"mcp":{"servers":[{"command":"x"}]}}""", "mcp.servers")]
    [TestCase("""{"tools":{"allow":"*"}}""", "tools.allow")]
    [TestCase("""{"tools":{"deny":["ok", 1]}}""", "tools.deny[1]")]
    [TestCase("""{"tools":{"ask":"sometimes"}}""", "tools.ask")]
    [TestCase("""{"tools":{"ask":false}}""", "tools.ask")]
    [TestCase("""{"tools":{"askFallback":"ask"}}""", "tools.askFallback")]
    [TestCase("""{"tools":{"maxRounds":0}}""", "tools.maxRounds")]
    [TestCase("""{"tools":{"maxRounds":65}}""", "tools.maxRounds")]
    public void Invalid_tools_config_stops_start_up_naming_the_key(string config, string key)
    {
        ConfigException error = Assert.Throws<ConfigException>(() => RpcHarness.Start(configJson: config))!;
        Assert.That(error.Key, Is.EqualTo(key), error.Message);
    }

    [TestCase("NODE_OPTIONS")]
    [TestCase("node_options")]
    [TestCase("PYTHONPATH")]
    [TestCase("PYTHONSTARTUP")]
    [TestCase("PERL5OPT")]
    [TestCase("RUBYOPT")]
    [TestCase("BASHOPTS")]
    [TestCase("SHELLOPTS")]
    [TestCase("PS4")]
    [TestCase("BASH_ENV")]
    [TestCase("LD_PRELOAD")]
    [TestCase("DYLD_INSERT_LIBRARIES")]
    [TestCase("JAVA_TOOL_OPTIONS")]
    [TestCase("DOTNET_STARTUP_HOOKS")]
    [TestCase("BASH_FUNC_ls%%")]
    public void An_interpreter_startup_variable_in_a_servers_env_is_refused_naming_it(string variable)
    {
        string config = $$"""{ "mcp": { "servers": { "files": { "command": "npx", "env": { "HOME_DIR": "/h", "{{variable}}": "--require /tmp/x.js" } } } } }""";
        ConfigException error = Assert.Throws<ConfigException>(() => RpcHarness.Start(configJson: config))!;
        Assert.That(error.Key, Is.EqualTo($"mcp.servers.files.env.{variable}"));
        Assert.That(error.Reason, Does.StartWith("refused: an interpreter-startup variable"));
        Assert.That(error.Message, Does.Not.Contain("/tmp/x.js"), "the value is never repeated");
    }

    [TestCase("NODE_ENV")]
    [TestCase("PATH_TO_NOTES")]
    [TestCase("PYTHONUNBUFFERED")]
    [TestCase("ENVIRONMENT")]
    [CancelAfter(60_000)]
    public async Task Ordinary_variables_with_similar_names_are_kept(string variable, CancellationToken cancellationToken)
    {
        string config = $$"""{ "mcp": { "servers": { "files": { "command": "npx", "env": { "{{variable}}": "1" } } } } }""";
        Assert.That(InterpreterStartupVariables.IsRefused(variable), Is.False);
        await using var harness = RpcHarness.Start(configJson: config);
        Assert.That(harness.Services.GetRequiredService<ToolsOptions>().Servers.Single().Env[variable], Is.EqualTo("1"));
    }
}
