using System.Diagnostics;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Support;

/// <summary>A throwaway node project: <c>node_modules/vscode-jsonrpc</c> is the pinned package under test, whichever major.</summary>
internal static class NodeProject
{
    public static void Create(string directory, string modules, string package)
    {
        string nodeModules = Directory.CreateDirectory(Path.Combine(directory, "node_modules")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(nodeModules, "vscode-jsonrpc"), Path.Combine(modules, package));
        Directory.CreateSymbolicLink(Path.Combine(nodeModules, "@types"), Path.Combine(modules, "@types"));
        File.WriteAllText(Path.Combine(directory, "package.json"), "{ \"private\": true, \"type\": \"commonjs\" }\n");
    }

    /// <summary>Runs node with <paramref name="arguments"/> in <paramref name="directory"/>: its exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string directory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach ((string key, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using OsProcess node = OsProcess.Start(start)!;
        Task<string> stderr = node.StandardError.ReadToEndAsync(cancellationToken);
        string stdout = await node.StandardOutput.ReadToEndAsync(cancellationToken);
        await node.WaitForExitAsync(cancellationToken);
        return (node.ExitCode, stdout, await stderr);
    }
}
