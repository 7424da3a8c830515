using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Answers <c>tts.setProvider</c>: any known provider may be selected, even one not available yet.</summary>
internal sealed class TtsSetProviderHandler(TtsPrefsStore prefs) : ITtsSetProvider
{
    public async Task<TtsProviderResult> InvokeAsync(TtsSetProviderParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new TtsSetProviderParams();
        string provider = TtsProviderName.Require(parameters.Provider, "$.provider")
            ?? throw RpcException.InvalidParams("$.provider", "provider is required");
        await prefs.UpdateAsync(p => p with { Provider = provider }, cancellationToken).ConfigureAwait(false);
        return new TtsProviderResult(provider);
    }
}
