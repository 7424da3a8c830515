using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Routes each TTS method to its handler.</summary>
internal sealed class TtsMethods(
    TtsStatusHandler status,
    TtsProvidersHandler providers,
    TtsEnableHandler enable,
    TtsSetProviderHandler setProvider,
    TtsConvertHandler convert) : ITtsMethods
{
    public Task<TtsStatusResult> StatusAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) =>
        status.InvokeAsync(cancellationToken);

    public Task<TtsProvidersResult> ProvidersAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) =>
        providers.InvokeAsync(cancellationToken);

    public Task<TtsEnabledResult> EnableAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) =>
        enable.InvokeAsync(enabled: true, cancellationToken);

    public Task<TtsEnabledResult> DisableAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) =>
        enable.InvokeAsync(enabled: false, cancellationToken);

    public Task<TtsProviderResult> SetProviderAsync(TtsSetProviderParams? parameters = null, CancellationToken cancellationToken = default) =>
        setProvider.InvokeAsync(parameters ?? new TtsSetProviderParams(null), cancellationToken);

    public Task<TtsConvertResult> ConvertAsync(TtsConvertParams? parameters = null, CancellationToken cancellationToken = default) =>
        convert.InvokeAsync(parameters ?? new TtsConvertParams(null, null, null, null, null), cancellationToken);
}
