using System.Text.Json.Serialization;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Diagnostics;

internal sealed record ConfigGetResult(
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("configPath")] string ConfigPath,
    [property: JsonPropertyName("configLoaded")] bool ConfigLoaded,
    [property: JsonPropertyName("settings")] IReadOnlyList<EffectiveSetting> Settings);

/// <summary>Answers <c>config.get</c>: every area's effective settings with their source, secrets redacted.</summary>
internal sealed class ConfigGetHandler(IEnumerable<IEffectiveSettings> areas, RuntimeSettings settings)
{
    public Task<ConfigGetResult> InvokeAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new ConfigGetResult(settings.Track.WireName(), settings.ConfigPath, settings.Config.Loaded,
            [.. areas.SelectMany(a => a.Describe())]));
    }
}
