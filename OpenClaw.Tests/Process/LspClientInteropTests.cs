using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// vscode-jsonrpc, the library VS Code extensions use, drives a binary through a whole session. Once, on core: the framing
/// is the host's, shared by both binaries, and edge meets Content-Length framing on real pipes in StdioProcessTests.
/// Needs node and the vscode-jsonrpc that OpenClaw.Tests/package.json pins (see <see cref="NodeModules"/>).
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class LspClientInteropTests
{
    [TestCase("core")]
    [CancelAfter(120_000)]
    public async Task Vscode_jsonrpc_can_initialize_call_shutdown_and_exit(string trackName, CancellationToken cancellationToken)
    {
        string modules = NodeModules.Require("vscode-jsonrpc");
        RuntimeTrack track = trackName == "core" ? RuntimeTrack.Core : RuntimeTrack.Edge;
        using var stateDir = new TempDirectory();
        JsonElement root = await NodeScript.RunAsync("lsp-client.mjs", modules, [RuntimeBinaries.PathOf(track)],
            new Dictionary<string, string> { ["OPENCLAW_STATE_DIR"] = stateDir.Path }, cancellationToken);
        Assert.That(root.GetProperty("track").GetString(), Is.EqualTo(trackName));
        Assert.That(root.GetProperty("health").GetString(), Is.EqualTo("ok"));
        Assert.That(root.GetProperty("unknown").GetProperty("code").GetInt32(), Is.EqualTo(-32601));
        Assert.That(root.GetProperty("unknown").GetProperty("kind").GetString(), Is.EqualTo("methodNotFound"));
        Assert.That(root.GetProperty("exitCode").GetInt32(), Is.Zero);
    }
}
