namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>Whether two options for one server name describe the same running server (command, arguments, env, cwd, bounds).</summary>
internal static class McpLaunch
{
    public static bool Same(McpServerOptions running, McpServerOptions wanted)
    {
        ArgumentNullException.ThrowIfNull(running);
        ArgumentNullException.ThrowIfNull(wanted);
        return running.Command == wanted.Command && running.Cwd == wanted.Cwd && running.TimeoutSeconds == wanted.TimeoutSeconds
            && running.Args.SequenceEqual(wanted.Args)
            && running.Env.Count == wanted.Env.Count && running.Env.All(e => wanted.Env.TryGetValue(e.Key, out string? value) && value == e.Value);
    }
}
