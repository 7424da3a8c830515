using System.Diagnostics;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>
/// protocol/clients/typescript compiles with <c>tsc --strict</c> next to vscode-jsonrpc 8.x and the current major
/// (<c>vscode-jsonrpc-next</c> in OpenClaw.Tests/package.json), and its typed wrapper drives the real binary with each.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class TypeScriptClientInteropTests
{
    [TestCase("vscode-jsonrpc")]
    [TestCase("vscode-jsonrpc-next")]
    [CancelAfter(180_000)]
    public async Task The_typed_wrapper_compiles_strictly_and_initializes_streams_refuses_and_exits(string package, CancellationToken cancellationToken)
    {
        string modules = NodeModules.Require(package);
        NodeModules.Require("typescript");
        await using var llm = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["Hel", "lo"]));
        using var dir = new TempDirectory();
        NodeProject.Create(dir.Path, modules, package);
        string wrapper = Directory.CreateDirectory(Path.Combine(dir.Path, "openclaw-client")).FullName;
        foreach (string file in new[] { "index.d.ts", "index.js", "package.json" })
        {
            File.Copy(SourceTree.PathOf(Path.Combine("protocol", "clients", "typescript", file)), Path.Combine(wrapper, file));
        }

        File.Copy(Path.Combine(AppContext.BaseDirectory, "Process", "typescript-client.ts"), Path.Combine(dir.Path, "typescript-client.ts"));
        (int tscExit, string tscOut, _) = await NodeProject.RunAsync(dir.Path, [Path.Combine(modules, "typescript", "bin", "tsc"), "--strict", "--module", "nodenext",
            "--target", "es2022", "typescript-client.ts"], null, cancellationToken);
        Assert.That(tscExit, Is.Zero, tscOut);

        File.WriteAllText(dir.File("config.json"), AgentConfig.For(llm));
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = dir.File("config.json"), ["OPENCLAW_STATE_DIR"] = dir.File("state") };
        (int exit, string output, string errors) = await NodeProject.RunAsync(dir.Path, ["typescript-client.js", RuntimeBinaries.PathOf(RuntimeTrack.Core)], environment, cancellationToken);
        Assert.That(exit, Is.Zero, errors);

        using JsonDocument summary = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        JsonElement root = summary.RootElement;
        Assert.That(root.GetProperty("track").GetString(), Is.EqualTo("core"));
        Assert.That(root.GetProperty("health").GetString(), Is.EqualTo("ok"));
        Assert.That(root.GetProperty("text").GetString(), Is.EqualTo("Hello"));
        Assert.That(root.GetProperty("deltas").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "Hel", "lo" }));
        Assert.That(root.GetProperty("refused").GetProperty("code").GetInt32(), Is.EqualTo(-32602));
        Assert.That(root.GetProperty("refused").GetProperty("kind").GetString(), Is.EqualTo("invalidParams"));
        Assert.That(root.GetProperty("exitCode").GetInt32(), Is.Zero);
    }

    [TestCase("vscode-jsonrpc")]
    [TestCase("vscode-jsonrpc-next")]
    [CancelAfter(120_000)]
    public async Task The_readme_node_example_runs_with_vscode_jsonrpc(string package, CancellationToken cancellationToken)
    {
        string modules = NodeModules.Require(package);
        using var dir = new TempDirectory();
        NodeProject.Create(dir.Path, modules, package);
        string readme = File.ReadAllText(SourceTree.PathOf("README.md"));
        string section = readme[readme.IndexOf("## Embedding", StringComparison.Ordinal)..];
        int start = section.IndexOf("```js\n", StringComparison.Ordinal) + "```js\n".Length;
        string example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.That(example, Does.Contain("'openclaw-core'"), "the example starts openclaw-core");
        File.WriteAllText(dir.File("example.mjs"), example.Replace("'openclaw-core'", JsonSerializer.Serialize(RuntimeBinaries.PathOf(RuntimeTrack.Core)), StringComparison.Ordinal));

        (int exit, string output, string errors) = await NodeProject.RunAsync(dir.Path, ["example.mjs"], new Dictionary<string, string> { ["OPENCLAW_STATE_DIR"] = dir.File("state") },
            cancellationToken);

        Assert.That(exit, Is.Zero, errors);
        Assert.That(output, Does.Contain("core").And.Contain("\"ok\"").Or.Contain("'ok'"));
    }
}
