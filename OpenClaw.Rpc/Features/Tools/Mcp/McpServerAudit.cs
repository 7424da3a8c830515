using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// Where a stdio server's code comes from: <c>mcp.command.relative</c> (the command depends on the runtime's working
/// directory), <c>mcp.command.writable</c> (another user could replace the binary), <c>mcp.cwd.writable</c> (another
/// user could plant files the server loads from its working directory). A bare name found on PATH is fine.
/// </summary>
internal static class McpServerAudit
{
    public static IEnumerable<AuditFinding> Check(McpServerOptions server)
    {
        if (server.Command is not { } command)
        {
            yield break;
        }

        string key = ToolsConfigKeys.Server(server.Name).Command.Key;
        bool bareName = !command.Contains('/', StringComparison.Ordinal) && !command.Contains('\\', StringComparison.Ordinal);
        ResolvedExecutable resolved = ExecutableResolver.Resolve(command);
        if (!bareName && !Path.IsPathRooted(command))
        {
            yield return new AuditFinding("mcp.command.relative", AuditFinding.Warn, $"MCP server {server.Name} is started through a relative path",
                $"{key} is {command}, which resolves against the runtime's working directory (now {resolved.Path})",
                "configure an absolute path, or a bare name found on PATH");
        }

        if (resolved.Path is { } path && Writable(path, sticky: true) is { } problem)
        {
            yield return new AuditFinding("mcp.command.writable", AuditFinding.Warn, $"MCP server {server.Name} runs a binary other users can change",
                problem, "move the binary to a directory only its owner (or root) can write, and make it writable by its owner only");
        }

        if (server.Cwd is { } cwd && Directory.Exists(cwd) && Writable(Path.GetFullPath(cwd), sticky: false) is { } cwdProblem)
        {
            yield return new AuditFinding("mcp.cwd.writable", AuditFinding.Warn, $"MCP server {server.Name} starts in a directory other users can write",
                $"{cwdProblem}; a server loads modules and config files from its working directory",
                "point cwd at a directory only you can write");
        }
    }

    /// <summary>
    /// Why another user controls <paramref name="path"/> or the directory holding it, or null. Unless
    /// <paramref name="sticky"/> counts, any group/other write on <paramref name="path"/> itself is enough: the sticky bit
    /// stops others replacing entries, not adding new ones (a working directory in /tmp takes planted modules).
    /// </summary>
    private static string? Writable(string path, bool sticky)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        if (sticky ? UnixPermissions.OthersCanWrite(path) : (File.GetUnixFileMode(path) & UnixPermissions.GroupOrOtherWrite) != 0)
        {
            return $"{path} has mode {UnixPermissions.Octal(File.GetUnixFileMode(path))}";
        }

        if (Path.GetDirectoryName(path) is { } directory && UnixPermissions.OthersCanWrite(directory))
        {
            return $"{path} sits in {directory}, which has mode {UnixPermissions.Octal(File.GetUnixFileMode(directory))}";
        }

        return PathOwnership.Problem(path);
    }
}
