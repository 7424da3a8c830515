using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>One server's line in doctor's <c>mcp</c> check and its status (pass, warn or fail).</summary>
internal sealed record McpServerInspection(string Status, string Text)
{
    /// <summary>
    /// What can be known without starting the server: disabled, not available in this runtime (HTTP), the command not
    /// found or not executable, the working directory missing. Ready servers name the binary that would run.
    /// </summary>
    public static McpServerInspection Of(McpServerOptions server)
    {
        if (!server.Enabled)
        {
            return new(DoctorCheckResult.Pass, $"{server.Name}: disabled");
        }

        if (server.Unavailable is { } unavailable)
        {
            return new(DoctorCheckResult.Warn, $"{server.Name}: {unavailable}, so its tools are not offered");
        }

        ResolvedExecutable command = ExecutableResolver.Resolve(server.Command!);
        if (!command.Found)
        {
            return new(DoctorCheckResult.Fail, $"{server.Name}: command {command.Problem}");
        }

        if (server.Cwd is { } cwd && !Directory.Exists(cwd))
        {
            return new(DoctorCheckResult.Fail, $"{server.Name}: cwd is not a directory: {cwd}");
        }

        return new(DoctorCheckResult.Pass, $"{server.Name}: {command.Path}{(server.Cwd is { } dir ? $" in {dir}" : string.Empty)}");
    }

    /// <summary>The worse of two statuses.</summary>
    public static string Worst(string a, string b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(string status) => status switch
    {
        DoctorCheckResult.Fail => 2,
        DoctorCheckResult.Warn => 1,
        _ => 0,
    };
}
