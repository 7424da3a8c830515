using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Answers <c>tts.enable</c>: the choice is on disk before the answer is sent.</summary>
internal sealed class TtsEnableHandler(TtsPrefsStore prefs) : ITtsEnable
{
    public Task<TtsEnabledResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) =>
        prefs.SetEnabledAsync(enabled: true, cancellationToken);
}
