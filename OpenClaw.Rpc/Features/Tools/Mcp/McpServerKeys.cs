using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// The keys of one <c>mcp.servers.&lt;name&gt;</c> entry (<see cref="ToolsConfigKeys.Server"/>), in upstream OpenClaw's
/// spelling; <c>Entry</c> is the entry itself, named when the name is not valid or the entry has neither command nor url.
/// <see cref="WorkingDirectory"/> and <see cref="ConnectTimeout"/> are upstream's other names for <see cref="Cwd"/> and <see cref="Timeout"/>.
/// </summary>
internal sealed record McpServerKeys(string Entry)
{
    public ConfigKey Command { get; } = new($"{Entry}.command");

    public ConfigKey Args { get; } = new($"{Entry}.args");

    /// <summary>An object of variable names to values; each value is the key <c>env.&lt;NAME&gt;</c> in errors.</summary>
    public ConfigKey Env { get; } = new($"{Entry}.env");

    public ConfigKey Cwd { get; } = new($"{Entry}.cwd");

    public ConfigKey WorkingDirectory { get; } = new($"{Entry}.workingDirectory");

    public ConfigKey Enabled { get; } = new($"{Entry}.enabled");

    public ConfigKey Timeout { get; } = new($"{Entry}.timeout");

    public ConfigKey ConnectTimeout { get; } = new($"{Entry}.connectTimeout");

    public ConfigKey Include { get; } = new($"{Entry}.toolFilter.include");

    public ConfigKey Exclude { get; } = new($"{Entry}.toolFilter.exclude");

    public ConfigKey Url { get; } = new($"{Entry}.url");

    public ConfigKey Transport { get; } = new($"{Entry}.transport");

    /// <summary>An object of HTTP header names to values.</summary>
    public ConfigKey Headers { get; } = new($"{Entry}.headers");

    public IReadOnlyList<ConfigKey> All =>
        [Command, Args, Env, Cwd, WorkingDirectory, Enabled, Timeout, ConnectTimeout, Include, Exclude, Url, Transport, Headers];
}
