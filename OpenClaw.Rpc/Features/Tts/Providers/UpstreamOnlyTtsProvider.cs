using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Tts.Providers;

/// <summary>
/// An upstream OpenClaw provider the config names (<c>microsoft</c>, which upstream also calls <c>edge</c>, or
/// <c>minimax</c>) that this runtime does not have. It stands in the chain where the config puts it so the answer
/// says why it was passed over: it is skipped as "not available in this runtime" and the next provider is tried.
/// </summary>
internal sealed class UpstreamOnlyTtsProvider(string id) : ITtsProvider
{
    public const string NotAvailable = "not available in this runtime";

    public string Id => id;

    public string Name => $"{id} (upstream OpenClaw only)";

    public bool IsOffline => false;

    public TtsProviderState Inspect() => new(true, false, $"{NotAvailable} (an upstream OpenClaw provider)", []);

    public Task<string?> VersionAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<byte[]> SynthesizeAsync(TtsSynthesisRequest request, CancellationToken cancellationToken) =>
        throw ProviderFailure.Permanent(NotAvailable);
}
