namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Answers <c>tts.enable</c> and <c>tts.disable</c>: the choice is on disk before the answer is sent.</summary>
internal sealed class TtsEnableHandler(TtsPrefsStore prefs)
{
    public async Task<TtsEnabledResult> InvokeAsync(bool enabled, CancellationToken cancellationToken)
    {
        TtsPrefs updated = await prefs.UpdateAsync(p => p with { Enabled = enabled }, cancellationToken).ConfigureAwait(false);
        return new TtsEnabledResult(updated.Enabled!.Value);
    }
}
