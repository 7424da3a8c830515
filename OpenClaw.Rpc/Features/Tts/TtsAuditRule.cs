using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>
/// <c>transport.insecureHttp</c>: a cloud TTS base URL over plain http to a host other than this machine (critical
/// when a key would be sent); <c>offlineBinary.path</c> for the configured offline binaries.
/// </summary>
internal sealed class TtsAuditRule(TtsOptions options) : IAuditRule
{
    public Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken)
    {
        var findings = new List<AuditFinding>();
        foreach ((string id, CloudTtsOptions cloud, TtsCloudKeys keys) in new[] { ("openai", options.OpenAi, TtsConfigKeys.OpenAi), ("elevenlabs", options.ElevenLabs, TtsConfigKeys.ElevenLabs) })
        {
            findings.AddIfAny(InsecureTransportAudit.Check($"{id} text-to-speech", keys.BaseUrl[0].Key, cloud.BaseUrl, cloud.BaseUrl,
                cloud.ApiKey is not null));
        }

        if (options.KittenTts.Bin is { } kitten)
        {
            findings.AddRange(BinaryPathAudit.Check("the kittentts binary", kitten));
        }

        if (options.Espeak.Configured)
        {
            findings.AddRange(BinaryPathAudit.Check("the espeak binary", options.Espeak.Bin));
        }

        return Task.FromResult<IReadOnlyList<AuditFinding>>(findings);
    }
}
