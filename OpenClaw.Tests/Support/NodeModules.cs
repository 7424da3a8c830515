using OpenClaw.Rpc.Processes;

namespace OpenClaw.Tests.Support;

/// <summary>
/// The node packages pinned by OpenClaw.Tests/package.json, installed beside it by <c>npm ci</c> (./build.sh test runs it when
/// npm is installed); OPENCLAW_NODE_MODULES names another node_modules folder. A test that needs one is ignored, saying why.
/// </summary>
internal static class NodeModules
{
    /// <summary>The node_modules folder that holds <paramref name="package"/>.</summary>
    public static string Require(string package)
    {
        if (!ExecutableResolver.Resolve("node").Found)
        {
            Assert.Ignore($"node is not installed, so {package} cannot run");
        }

        string folder = Environment.GetEnvironmentVariable("OPENCLAW_NODE_MODULES") is { Length: > 0 } overridden
            ? overridden
            : Path.Combine(RuntimeBinaries.RepositoryRoot(), "OpenClaw.Tests", "node_modules");
        if (!File.Exists(Path.Combine(folder, package, "package.json")))
        {
            Assert.Ignore($"{package} is not installed in {folder}: run 'npm ci' in OpenClaw.Tests (./build.sh test does when npm is installed)");
        }

        return folder;
    }
}
