using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Answers <c>tts.disable</c>: the choice is on disk before the answer is sent.</summary>
internal sealed class TtsDisableHandler(TtsPrefsStore prefs) : ITtsDisable
{
    public Task<TtsEnabledResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) =>
        prefs.SetEnabledAsync(enabled: false, cancellationToken);
}
