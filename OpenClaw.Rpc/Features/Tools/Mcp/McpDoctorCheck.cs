using System.Globalization;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// <c>mcp</c>: each configured server can start (command found and executable, cwd present), disabled servers and HTTP
/// ones (not available in this runtime) are listed; a config refused for a <c>tools</c> or <c>mcp</c> key fails naming it,
/// with every refused <c>env</c> key of the file. With <c>--deep</c> each startable server is started and its tools
/// listed (through <see cref="IMcpProbe"/>, bounded to <see cref="DeepBound"/>).
/// </summary>
internal sealed class McpDoctorCheck(ToolsOptions options, RuntimeSettings settings, TimeProvider time, IMcpProbe? probe = null) : IDoctorCheck
{
    /// <summary>How long one server may take to start and list its tools under <c>--deep</c>.</summary>
    public static readonly TimeSpan DeepBound = TimeSpan.FromSeconds(10);

    /// <summary>Beyond the bound the probe was given, so it can say itself what it was waiting for.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    public string Id => "mcp";

    public async Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (settings.ConfigError is { } error && IsToolsKey(error.Key))
        {
            string[] refused = [.. RefusedEnvKeys(settings.AsWritten)];
            return new DoctorCheckResult(Id, DoctorCheckResult.Fail, $"{error.Key}: {error.Reason}",
                refused.Length == 0 ? null : $"refused env keys: {string.Join(", ", refused)}");
        }

        if (options.Servers.Count == 0)
        {
            return new DoctorCheckResult(Id, DoctorCheckResult.Pass, "no MCP servers configured (mcp.servers)");
        }

        McpServerInspection[] lines = [.. options.Servers.Select(McpServerInspection.Of)];
        if (run.Deep)
        {
            lines = await DeepAsync(lines, cancellationToken).ConfigureAwait(false);
        }

        string status = lines.Select(l => l.Status).Aggregate(DoctorCheckResult.Pass, McpServerInspection.Worst);
        return new DoctorCheckResult(Id, status, Summary(options.Servers, lines), string.Join("; ", lines.Select(l => l.Text)));
    }

    /// <summary>Config keys whose refusal this check reports.</summary>
    public static bool IsToolsKey(string key) =>
        key.StartsWith(ToolsConfigKeys.Servers.Key, StringComparison.Ordinal) || key.StartsWith("tools.", StringComparison.Ordinal);

    private async Task<McpServerInspection[]> DeepAsync(McpServerInspection[] lines, CancellationToken cancellationToken)
    {
        if (probe is null)
        {
            return [.. lines, new McpServerInspection(DoctorCheckResult.Pass, "--deep: this build cannot list tools (no MCP client)")];
        }

        Task<McpServerInspection>[] probed = [.. options.Servers.Zip(lines, (server, line) =>
            server.Enabled && server.Unavailable is null && line.Status == DoctorCheckResult.Pass ? ProbeAsync(probe, server, cancellationToken) : Task.FromResult(line))];
        return await Task.WhenAll(probed).ConfigureAwait(false);
    }

    private async Task<McpServerInspection> ProbeAsync(IMcpProbe mcp, McpServerOptions server, CancellationToken cancellationToken)
    {
        // The probe is bounded itself; this bound holds even if it does not honour its own.
        using var timeout = new CancellationTokenSource(DeepBound + Grace, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        McpToolList listed;
        try
        {
            listed = await mcp.ProbeAsync(server, DeepBound, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new(DoctorCheckResult.Fail, string.Create(CultureInfo.InvariantCulture,
                $"{server.Name}: did not start and list its tools within {DeepBound.TotalSeconds:0} s"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new(DoctorCheckResult.Fail, $"{server.Name}: {e.Message}");
        }

        return Listed(server.Name, listed);
    }

    private static McpServerInspection Listed(string name, McpToolList listed)
    {
        const int Shown = 20;
        string tools = listed.Tools.Count == 0 ? "no tools"
            : string.Create(CultureInfo.InvariantCulture, $"{listed.Tools.Count} tool{(listed.Tools.Count == 1 ? string.Empty : "s")}: ")
                + string.Join(", ", listed.Tools.Take(Shown).Select(t => t.Name))
                + (listed.Tools.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $" and {listed.Tools.Count - Shown} more") : string.Empty);
        if (listed.Problems.Count == 0)
        {
            return new(DoctorCheckResult.Pass, $"{name}: {tools}");
        }

        string status = listed.Tools.Count == 0 ? DoctorCheckResult.Fail : DoctorCheckResult.Warn;
        return new(status, $"{name}: {tools}; {string.Join("; ", listed.Problems)}");
    }

    private static string Summary(IReadOnlyList<McpServerOptions> servers, McpServerInspection[] lines)
    {
        int enabled = servers.Count(s => s.Enabled);
        int fail = lines.Count(l => l.Status == DoctorCheckResult.Fail);
        int warn = lines.Count(l => l.Status == DoctorCheckResult.Warn);
        return fail > 0 ? string.Create(CultureInfo.InvariantCulture, $"{fail} MCP server{(fail == 1 ? " is" : "s are")} not usable")
            : warn > 0 ? string.Join("; ", lines.Where(l => l.Status == DoctorCheckResult.Warn).Select(l => l.Text))
            : string.Create(CultureInfo.InvariantCulture,
                $"{enabled} MCP server{(enabled == 1 ? string.Empty : "s")} ready{(enabled < servers.Count ? $", {servers.Count - enabled} disabled" : string.Empty)}");
    }

    /// <summary>Every <c>mcp.servers.&lt;name&gt;.env.&lt;NAME&gt;</c> of the file as written that start-up refuses.</summary>
    private static IEnumerable<string> RefusedEnvKeys(ConfigDocument written) =>
        ConfigDocumentKeys.Under(written, ToolsConfigKeys.Servers.Key)
            .Where(key => key.Split('.') is [_, _, _, "env", { } variable] && InterpreterStartupVariables.IsRefused(variable));
}
