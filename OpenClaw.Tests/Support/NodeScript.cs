using System.Diagnostics;
using System.Text.Json;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Support;

/// <summary>Runs one of the tests' node scripts (OpenClaw.Tests/Process/*.mjs) to the end and reads the JSON summary it prints.</summary>
internal static class NodeScript
{
    /// <summary>
    /// Runs <paramref name="script"/> with <paramref name="arguments"/>, <c>OPENCLAW_NODE_MODULES</c> set to
    /// <paramref name="modules"/> and <paramref name="environment"/> added; asserts it exited 0 and returns its summary.
    /// </summary>
    public static async Task<JsonElement> RunAsync(string script, string modules, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(AppContext.BaseDirectory, "Process", script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OPENCLAW_NODE_MODULES"] = modules;
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        using OsProcess node = OsProcess.Start(start)!;
        Task<string> stderr = node.StandardError.ReadToEndAsync(cancellationToken);
        string stdout = await node.StandardOutput.ReadToEndAsync(cancellationToken);
        await node.WaitForExitAsync(cancellationToken);
        Assert.That(node.ExitCode, Is.Zero, await stderr);
        using JsonDocument summary = JsonDocument.Parse(stdout);
        return summary.RootElement.Clone();
    }
}
