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
        foreach ((string id, CloudTtsOptions cloud) in new[] { ("openai", options.OpenAi), ("elevenlabs", options.ElevenLabs) })
        {
            var url = new Uri(cloud.BaseUrl);
            if (url.Scheme == Uri.UriSchemeHttp && !LoopbackUrl.Is(url))
            {
                bool key = cloud.ApiKey is not null;
                findings.Add(new AuditFinding("transport.insecureHttp", key ? AuditFinding.Critical : AuditFinding.Warn,
                    $"{id} text-to-speech goes over plain http to another host",
                    $"messages.tts.{id}.baseUrl is {cloud.BaseUrl}{(key ? "; the API key would be sent in clear" : string.Empty)}",
                    "use https, or a proxy on this machine"));
            }
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
