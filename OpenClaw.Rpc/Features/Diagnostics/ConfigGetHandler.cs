using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary>Answers <c>config.get</c>: every area's effective settings with their source, secrets redacted.</summary>
internal sealed class ConfigGetHandler(IEnumerable<IEffectiveSettings> areas, RuntimeSettings settings) : IConfigGet
{
    public Task<ConfigGetResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new ConfigGetResult(settings.Track.WireName(), settings.ConfigPath, settings.Config.Loaded,
            [.. areas.SelectMany(a => a.Describe())]));
    }
}
